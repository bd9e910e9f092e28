//! Events named again: `Pakistan rejected the charge`, `Saudi Arabia condemned the
//! attacks`, `Zelensky welcomed the decision`. A reaction (praise, criticism,
//! rejection) whose object is a definite noun for something said or done takes as
//! target whoever said or did it in the sentences just before.

use super::own_side;
use super::Ctx;
use crate::lexicon::RelationEntry;
use crate::model::Relation;

/// How many sentences back an event named again may stand.
pub(super) const SENTENCES_BACK: usize = 3;

/// How many sentences back an event named again is looked for when none stands
/// in the near window: an article reports its main event first and comes back to
/// it (`welcomed the decision`, `hosted the talks`) after quoting others.
pub(super) const FAR_SENTENCES_BACK: usize = 8;

/// The relations read before the current sentence, and the byte window they are
/// looked for in.
pub(super) struct Earlier<'a> {
    /// Every relation so far, in text order.
    pub relations: &'a [Relation],
    /// Start of the first sentence of the window.
    pub from: usize,
    /// Start of the first sentence of the far window ([`FAR_SENTENCES_BACK`]).
    pub far_from: usize,
    /// Start of the current sentence.
    pub to: usize,
}

impl<'a> Earlier<'a> {
    /// The relations of the window's sentences, latest first.
    pub fn latest_first(&self) -> impl Iterator<Item = &'a Relation> + '_ {
        self.relations
            .iter()
            .rev()
            .take_while(|r| r.evidence.start >= self.from)
            .filter(|r| r.evidence.start < self.to)
    }

    /// The same view over the far window, when the near one found nothing.
    pub(super) fn far(&self) -> Earlier<'a> {
        Earlier {
            from: self.far_from,
            ..*self
        }
    }
}

/// What `find` finds in the near window, or else in the far one.
fn near_or_far(ctx: &Ctx, find: impl Fn(&Earlier) -> Vec<String>) -> Vec<String> {
    let near = find(&ctx.earlier);
    if near.is_empty() {
        find(&ctx.earlier.far())
    } else {
        near
    }
}

/// Nouns for something said: its speaker is the antecedent.
const SAID_NOUNS: &[&str] = &[
    "charge",
    "charges",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "remark",
    "remarks",
    "comment",
    "comments",
    "statement",
    "statements",
    "jibe",
    "jibes",
    "explanation",
    "explanations",
    "threat",
    "threats",
    "ultimatum",
    "warning",
    "warnings",
    "criticism",
    "demand",
    "demands",
    "rhetoric",
    "words",
    "assertion",
    "assertions",
    "version",
    "denial",
];

/// Nouns for something done: its doer is the antecedent.
const DONE_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "offensive",
    "invasion",
    "incursion",
    "shelling",
    "bombing",
    "raid",
    "raids",
    "decision",
    "move",
    "moves",
    "pledge",
    "proposal",
    "plan",
    "offer",
    "package",
    "measures",
    "sanctions",
    "listing",
    "step",
    "initiative",
    "tariffs",
    "expulsion",
    "deployment",
    "drills",
    "exercises",
    "incident",
    "incidents",
    "actions",
    "manoeuvre",
    "maneuver",
    "behaviour",
    "behavior",
    // `criticised the veto`, `rejected the pressure`, `objected to the tone of the
    // visit`: blocking, pressing and coming are done by someone too.
    "veto",
    "blockade",
    "pressure",
    "visit",
    "ban",
    // `accepted the apology`: an apology is made by someone too.
    "apology",
    // `called the tariff unfair`, `called the verdict biased`: duties are imposed
    // and rulings handed down by someone.
    "tariff",
    "duties",
    "verdict",
    "ruling",
    "policy",
    "policies",
];

/// Nouns for something two sides did together (`welcomed the exchange`, `hailed
/// the truce`): its antecedent is both sides of the last mutual event, never one
/// actor of any event before.
const MUTUAL_NOUNS: &[&str] = &[
    "exchange",
    "swap",
    "truce",
    "ceasefire",
    "accord",
    "understanding",
];

/// Nouns for a deal that is signed by two sides or put forward by one
/// (`welcomed the agreement`, `hailed the declaration`): both sides of the last
/// mutual event when there is one, else whoever did the last thing.
const AGREEMENT_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "declaration",
    "signing",
    "pact",
    "treaty",
];

/// Nouns for talks or a deal between parties, which a third party hosts, chairs or
/// brokers (`hosted the talks`), beside the [`MUTUAL_NOUNS`] (`brokered that
/// understanding`).
const TALKS_NOUNS: &[&str] = &[
    "talks",
    "negotiations",
    "meeting",
    "session",
    "summit",
    "round",
    "deal",
    "agreement",
];

/// Relations by which a third party serves the talks of others: hosting,
/// chairing, mediating.
const SERVING_TALKS: &[&str] = &["hosts", "mediates", "offers_mediation", "chairs_talks"];

/// Does the event serve talks between others, so that with no object named its
/// targets are the parties of those talks? Hosting, chairing and mediating do.
pub(super) fn serves_talks(entry: &RelationEntry) -> bool {
    SERVING_TALKS.contains(&entry.relation.as_str())
}

/// Words that make the noun definite and point back.
const POINTING: &[&str] = &["the", "this", "that", "these", "those", "such"];

/// Is the word a noun for something said or done (`demand`, `offer`, `strikes`)?
pub(super) fn names_said_or_done(word: &str) -> bool {
    SAID_NOUNS.contains(&word)
        || DONE_NOUNS.contains(&word)
        || MUTUAL_NOUNS.contains(&word)
        || AGREEMENT_NOUNS.contains(&word)
}

/// Reactions whose object may be an earlier event: praise (05), disapproval (11)
/// and rejection (12).
pub(super) fn answers_earlier_events(entry: &RelationEntry) -> bool {
    matches!(entry.cameo.get(..2), Some("05" | "11" | "12"))
}

/// What an object names back.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    /// Something said: its speaker.
    Said,
    /// Something done: its doer.
    Done,
    /// Something two sides did together: both of them.
    Mutual,
    /// A deal: both sides of a mutual event, else the doer.
    Agreement,
}

/// What the object after token `t` names back, if it is `the charge`, `those
/// latest strikes`, `the exchange`.
fn named_back(ctx: &Ctx, t: usize) -> Option<Named> {
    let words = ctx.input.toks.words;
    let word = |k: usize| (k < ctx.sent.end).then(|| words[k].as_str());
    if !POINTING.contains(&word(t)?) {
        return None;
    }
    (t + 1..(t + 4).min(ctx.sent.end)).find_map(|k| {
        let w = word(k)?;
        if SAID_NOUNS.contains(&w) {
            Some(Named::Said)
        } else if DONE_NOUNS.contains(&w) {
            Some(Named::Done)
        } else if MUTUAL_NOUNS.contains(&w) {
            Some(Named::Mutual)
        } else if AGREEMENT_NOUNS.contains(&w) {
            Some(Named::Agreement)
        } else {
            None
        }
    })
}

/// The actors who said or did what the object after a token from `from` to `to`
/// names (`rejected the charge`, or a wording holding its object: `dismissed the
/// jibe`), in the sentences just before (both sides of a mutual event); never one
/// of the reaction's own sources or their side.
pub(super) fn antecedent(ctx: &Ctx, from: usize, to: usize, sources: &[String]) -> Vec<String> {
    match (from..=to).find_map(|t| named_back(ctx, t)) {
        // A mutual event (`welcomed the exchange`) or something said is looked for
        // only in the near window: further back, other exchanges and other
        // speakers stand between.
        Some(Named::Mutual) => mutual_parties_in(ctx, &ctx.earlier, sources),
        Some(Named::Said) => antecedent_of(ctx, &ctx.earlier, true, sources),
        Some(Named::Done) => {
            near_or_far(ctx, |earlier| antecedent_of(ctx, earlier, false, sources))
        }
        Some(Named::Agreement) => {
            let both = mutual_parties_in(ctx, &ctx.earlier, sources);
            if both.is_empty() {
                near_or_far(ctx, |earlier| antecedent_of(ctx, earlier, false, sources))
            } else {
                both
            }
        }
        None => Vec::new(),
    }
}

/// Who said (`said`) or did what is named back in the window `earlier`, as in
/// [`antecedent`].
fn antecedent_of(ctx: &Ctx, earlier: &Earlier, said: bool, sources: &[String]) -> Vec<String> {
    let foreign = |id: &str| !sources.iter().any(|s| own_side(ctx, s, id));
    let speaker = || {
        ctx.said
            .starting_in(earlier.from, earlier.to)
            .filter_map(|s| s.speaker.as_deref())
            .find(|sp| foreign(sp))
            .map(str::to_string)
    };
    let window = || earlier.latest_first();
    let doer = |conflict_only: bool| {
        let r = window()
            .filter(|r| !conflict_only || r.quad_class >= 3)
            .find(|r| foreign(&r.source))?;
        // `Peru and Chile signed a pact. Brazil welcomed the agreement`: a mutual
        // event was done by both sides.
        let mutual = window().any(|x| {
            x.source == r.target
                && x.target == r.source
                && x.cameo == r.cameo
                && x.evidence == r.evidence
        });
        let mut out = vec![r.source.clone()];
        if mutual && foreign(&r.target) {
            out.push(r.target.clone());
        }
        Some(out)
    };
    if said {
        speaker()
            .map(|s| vec![s])
            .or_else(|| doer(true))
            .unwrap_or_default()
    } else {
        doer(false).unwrap_or_default()
    }
}

/// The parties of the talks that the object right after the trigger (ending at
/// `end`) names back (`hosted the talks`, `brokered that understanding`): the two
/// sides of the last mutual event (a meeting, a deal, a truce, also a war) in the
/// sentences just before, none of them the third party's own side.
pub(super) fn parties_of_talks_named_back(
    ctx: &Ctx,
    end: usize,
    sources: &[String],
) -> Vec<String> {
    if sources.is_empty() || !names_talks_back(ctx, end) {
        return Vec::new();
    }
    last_mutual_parties(ctx, sources)
}

/// The two sides of the last mutual event (one read both ways, from the same
/// sentence) in the sentences just before, none of them on a source's side.
pub(super) fn last_mutual_parties(ctx: &Ctx, sources: &[String]) -> Vec<String> {
    near_or_far(ctx, |earlier| mutual_parties_in(ctx, earlier, sources))
}

/// [`last_mutual_parties`] in the window `earlier`.
fn mutual_parties_in(ctx: &Ctx, earlier: &Earlier, sources: &[String]) -> Vec<String> {
    let foreign = |id: &str| !sources.iter().any(|s| own_side(ctx, s, id));
    earlier
        .latest_first()
        .find(|r| {
            foreign(&r.source)
                && foreign(&r.target)
                && earlier.relations.iter().any(|x| {
                    x.source == r.target
                        && x.target == r.source
                        && x.cameo == r.cameo
                        && x.evidence == r.evidence
                })
        })
        .map(|r| vec![r.source.clone(), r.target.clone()])
        .unwrap_or_default()
}

/// Is the object at `end` a definite noun for talks or a deal (`the talks`, `that
/// understanding`, `the May 16 meeting`), with no actor of its own?
fn names_talks_back(ctx: &Ctx, end: usize) -> bool {
    let words = ctx.input.toks.words;
    if end >= ctx.sent.end || !POINTING.contains(&words[end].as_str()) {
        return false;
    }
    // The noun closes a short phrase (`the May 16 meeting`, `the latest round`)
    // before any mention: `the Iranian delegation` is an actor, not talks.
    (end + 1..(end + 5).min(ctx.sent.end))
        .take_while(|&k| !ctx.mentions_cover(k))
        .any(|k| {
            let w = words[k].as_str();
            TALKS_NOUNS.contains(&w) || MUTUAL_NOUNS.contains(&w)
        })
}

/// Is the event a refusal or rejection (CAMEO root 12)?
pub(super) fn is_refusal(entry: &RelationEntry) -> bool {
    entry.cameo.starts_with("12")
}

/// Who asked for what a refusal with no object actor turns down (`China demanded
/// that Japan retract the remarks. Takaichi has refused to retract`): the source of
/// the latest demand (10) or appeal (02) in the sentences just before whose target
/// is one of the refusal's sources or on their side; never on their own side.
pub(super) fn demander(ctx: &Ctx, sources: &[String]) -> Vec<String> {
    let earlier = &ctx.earlier;
    let asked_of_source = |target: &str| sources.iter().any(|s| own_side(ctx, s, target));
    earlier
        .latest_first()
        .filter(|r| matches!(r.cameo.get(..2), Some("10" | "02")))
        .find(|r| asked_of_source(&r.target) && !asked_of_source(&r.source))
        .map(|r| vec![r.source.clone()])
        .unwrap_or_default()
}
