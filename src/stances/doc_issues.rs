//! Document issues: questions of the day the lexicon does not know, read from the
//! noun phrases of the text (`opposed the trade agreement with Mercosur`,
//! `condemned the attacks on shipping in the Red Sea`, `apologised to Qatar`).
//!
//! A phrase whose head is a word of `issue_heads.tsv` names a document issue when
//! it says which one (a modifier, a possessor or a complement: `the humanitarian
//! truce`, `the Quad's roadmap`, `the reform of the UN Security Council`), or when
//! a stance word governs it. Its id is a slug of those words in the form an
//! annotator writes (`agreement` is written `deal`, `against` is `on`; a deal is
//! written with its parties and type word: `Trump announced a trade agreement
//! with Japan` -> `us_japan_trade_deal`, see [`deal_words`]), its label the
//! phrase. A later bare mention (`the deal`, `the text`, `the
//! apology`) names again the latest document issue of its head's group, so one
//! issue gathers the stances of the article.

use super::cues::{reaches, Cue, Role, CLAUSE_STOPS, GOVERN_GAP};
use super::phrase::{generic, head_of, is_word, singular, slug, DETERMINERS};
use super::{names, Doc, IssueMention};
use crate::lexicon::issue_heads::HeadUse as Use;
use crate::lexicon::{IssueEntry, Lexicon};
use crate::model::{ActorKind, MentionKind};
use crate::syntax::PREPOSITIONS;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::collections::HashSet;

/// Is this word a verb that is its own document issue (`apologised`)?
pub(super) fn is_issue_verb(doc: &Doc, w: &str) -> bool {
    doc.lexicon
        .issue_head(w)
        .is_some_and(|h| h.usage == Use::Verb)
}

/// A noun phrase read around a head word.
struct Phrase {
    /// Words written before the head in the id.
    before: Vec<String>,
    /// The complement after the head, with its preposition.
    after: Vec<String>,
    /// First and one-past-last token of the phrase.
    start: usize,
    end: usize,
}

impl Phrase {
    fn distinctive(&self) -> bool {
        !self.before.is_empty() || !self.after.is_empty()
    }
}

/// The short slug of an actor for an issue id: a two- or three-letter capital
/// alias as annotators write it: a two-letter one always (`US`, `EU`: the usual
/// short names, written in ids even when the article says `United States`), a
/// three-letter one when the article writes it (`DRC`; an article that says
/// `Saudi Arabia` and never `KSA` is named `saudi_arabia`), else the actor id.
fn actor_word(doc: &Doc, lexicon: &Lexicon, id: &str) -> String {
    lexicon
        .actor(id)
        .and_then(|a| {
            a.aliases
                .iter()
                .filter(|x| (2..=3).contains(&x.len()) && x.chars().all(|c| c.is_ascii_uppercase()))
                .filter(|x| {
                    x.len() == 2
                        || written(doc.input.toks.text, x)
                        || written(doc.input.toks.text, &dotted(x))
                })
                .min_by_key(|x| x.len())
                .map(|x| x.to_ascii_lowercase())
        })
        .unwrap_or_else(|| id.to_string())
}

/// A model designator that starts at token `j`, written as one id word:
/// `F-35` is `f35`, `S-400` is `s400` (a capitalized name, a dash and a number
/// with no space between them), and the token after it.
fn designator(doc: &Doc, j: usize, last: usize) -> Option<(String, usize)> {
    if j + 2 >= last.min(doc.words().len()) {
        return None;
    }
    let toks = &doc.input.toks.seg.tokens;
    let joined = toks[j].span.end == toks[j + 1].span.start
        && toks[j + 1].span.end == toks[j + 2].span.start;
    let shaped = is_word(doc, j)
        && doc.input.toks.starts_upper(j)
        && doc.word(j + 1) == "-"
        && doc.word(j + 2).chars().all(|c| c.is_ascii_digit());
    (joined && shaped).then(|| (format!("{}{}", doc.word(j), doc.word(j + 2)), j + 3))
}

/// An abbreviation written with dots (`US` -> `U.S`; the last dot may end the
/// sentence).
fn dotted(abbreviation: &str) -> String {
    let letters: Vec<String> = abbreviation.chars().map(String::from).collect();
    letters.join(".")
}

/// Does the text write this word on its own (not inside a longer word)?
fn written(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices(word).any(|(i, _)| {
        let before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let j = i + word.len();
        let after = j >= bytes.len() || !bytes[j].is_ascii_alphanumeric();
        before && after
    })
}

/// The mention covering token `t`, as (actor, first token, end token).
fn mention_at<'a>(doc: &Doc<'a>, t: usize) -> Option<(&'a str, usize, usize)> {
    if !doc.in_mention[t] {
        return None;
    }
    doc.input
        .mentions
        .iter()
        .find(|m| m.tokens.contains(&t))
        // `its offensive`, `his first summit`: a pronoun says whose, not which.
        .filter(|m| m.kind != MentionKind::Pronoun)
        .map(|m| (m.actor.as_str(), m.tokens.start, m.tokens.end))
}

fn has_digit(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
}

/// The modifiers and possessor before the head at `t`: `the Quad's roadmap`,
/// `a trade agreement`, `the EU-Mercosur deal`.
fn before_head(
    doc: &Doc,
    lexicon: &Lexicon,
    t: usize,
    first: usize,
    cue_tokens: &[bool],
) -> (Vec<String>, usize, bool) {
    let mut possessed = false;
    let mut words = Vec::new();
    let mut k = t;
    let mut taken = 0;
    while k > first && taken < 3 {
        let p = k - 1;
        let w = doc.word(p);
        if cue_tokens[p] {
            break;
        }
        if matches!(w, "'s" | "'") {
            // A possessor: `Trump's plan`, `the Quad's roadmap`.
            if p > first {
                if let Some((actor, s, _)) = mention_at(doc, p - 1) {
                    words.push(actor_word(doc, lexicon, actor));
                    k = s;
                    possessed = true;
                }
            }
            break;
        }
        if let Some((actor, s, _)) = mention_at(doc, p) {
            // `the EU-Mercosur deal`, `Israeli strikes`.
            words.push(actor_word(doc, lexicon, actor));
            k = s;
            taken += 1;
            continue;
        }
        let model = p
            .checked_sub(2)
            .filter(|&d| d >= first)
            .and_then(|d| designator(doc, d, t));
        if let Some((model, _)) = model {
            // `the F-35 sale`.
            words.push(model);
            k = p - 2;
            taken += 1;
            continue;
        }
        if w == "-" || has_digit(w) {
            k = p;
            continue;
        }
        if !is_word(doc, p)
            || DETERMINERS.contains(&w)
            || PREPOSITIONS.contains(&w)
            || CLAUSE_STOPS.contains(&w)
            || w.ends_with("ly")
            || head_of(doc, w).is_some_and(|h| h.usage == Use::Verb)
        {
            break;
        }
        // A word after a number and a dash is a measure (`a 20-point plan`).
        let measured = p > first && doc.word(p - 1) == "-" && p >= 2 && has_digit(doc.word(p - 2));
        if !generic(doc, w) && !measured {
            words.push(w.to_string());
        }
        k = p;
        taken += 1;
    }
    words.reverse();
    (words, k, possessed)
}

/// Does a name stand among the words before the head (`the EU-Mercosur deal`,
/// `the Pahalgam attack`)?
fn before_named(doc: &Doc, start: usize, head: usize) -> bool {
    (start..head).any(|k| {
        doc.in_mention[k]
            || (is_word(doc, k)
                && doc.input.toks.starts_upper(k)
                && k > 0
                && !generic(doc, doc.word(k)))
    })
}

/// Where the determiners before a phrase starting at `start` begin (`signed [a
/// new] trade deal`): the verb that takes the phrase stands just before it.
fn determiners_start(doc: &Doc, start: usize, floor: usize) -> usize {
    let mut v = start;
    while v > floor && DETERMINERS.contains(&doc.word(v - 1)) {
        v -= 1;
    }
    v
}

/// The author of a phrase that follows an authoring verb (`Trump presented a
/// plan`): the verb's one subject, as an id word.
fn author_of(
    doc: &Doc,
    lexicon: &Lexicon,
    start: usize,
    sent: std::ops::Range<usize>,
) -> Option<String> {
    let v = determiners_start(doc, start, sent.start);
    if v == sent.start || !doc.lexicon.is_issue_author_verb(doc.word(v - 1)) {
        return None;
    }
    let subjects = super::holders::subject_of(doc, v - 1, sent);
    match subjects.as_slice() {
        [one] => Some(actor_word(doc, lexicon, one)),
        _ => None,
    }
}

/// Is this id word from a name before the head (not a common modifier)?
fn named_word(doc: &Doc, w: &str, start: usize, head: usize) -> bool {
    (start..head).any(|k| {
        let from_name = doc.in_mention[k] || doc.input.toks.starts_upper(k);
        from_name && (doc.word(k) == w || doc.in_mention[k])
    })
}

/// A set of words, hashed as the lexicon's word tables are.
type StemSet<'l> = HashSet<Cow<'l, str>, crate::lexicon::patterns::BuildWordHasher>;

/// The words of the wordings of the lexicon issues the document names, lowercase
/// and without a final `s`: what [`lexicon_names`] looks a word up in. Made once
/// per document, on the first bare head, rather than splitting and lowercasing
/// every wording at each bare head (most of this stage's time before).
fn wording_stems<'l>(doc: &'l Doc, lexicon: &'l Lexicon, phrases: &[IssueMention]) -> StemSet<'l> {
    let mut stems = StemSet::default();
    let mut seen = HashSet::new();
    for m in phrases {
        if !seen.insert(m.issue) {
            continue;
        }
        // A lexicon issue's stems are split once per run.
        if let Some(cached) = lexicon.issue_wording_stems(m.issue) {
            stems.extend(cached.iter().map(|s| Cow::Borrowed(s.as_str())));
            continue;
        }
        for p in &doc.issue(lexicon, m.issue).phrases {
            super::anaphora::each_word(p, |x| {
                let stem = match super::anaphora::lowercase(x) {
                    Cow::Borrowed(b) => Cow::Borrowed(b.strip_suffix('s').unwrap_or(b)),
                    Cow::Owned(o) => match o.strip_suffix('s') {
                        Some(st) => Cow::Owned(st.to_string()),
                        None => Cow::Owned(o),
                    },
                };
                stems.insert(stem);
                false
            });
        }
    }
    stems
}

/// Does a lexicon issue the document names have this word in its wordings?
/// `stems` is [`wording_stems`], made on the first call.
fn lexicon_names<'l>(
    stems: &mut Option<StemSet<'l>>,
    doc: &'l Doc,
    lexicon: &'l Lexicon,
    phrases: &[IssueMention],
    w: &str,
) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    stems
        .get_or_insert_with(|| wording_stems(doc, lexicon, phrases))
        .contains(stem)
}

/// Prepositions a complement may follow, as the id writes them: `against` and
/// `over` are `on`; `with` and `between` name partners written before the head.
fn id_preposition(w: &str) -> Option<&'static str> {
    Some(match w {
        "of" => "of",
        "on" | "against" | "over" => "on",
        "to" => "to",
        "for" => "for",
        "into" => "into",
        "in" => "in",
        "with" | "between" | "from" => "",
        _ => return None,
    })
}

/// The complement after the head ending at `t`: `of the UN Security Council`,
/// `on shipping in the Red Sea`, `to Qatar`, `with Mercosur`. Returns the
/// partners (written before the head), the complement words with their
/// prepositions, where it ends, and whether it ends on a name.
struct Complement {
    partners: Vec<String>,
    after: Vec<String>,
    end: usize,
    named: bool,
}

/// Reads the [`Complement`] after the head. A preposition that begins a stance
/// phrase of several words (`on condition that`, `in exchange for`) ends it: it
/// is no part of the issue's name. `purpose`: a stance word takes the phrase and
/// nothing before its head names it, so `for` and `into` may take common nouns.
fn after_head(
    doc: &Doc,
    lexicon: &Lexicon,
    t: usize,
    last: usize,
    phrase_starts: &[bool],
    purpose: bool,
) -> Complement {
    let mut c = Complement {
        partners: Vec::new(),
        after: Vec::new(),
        end: t,
        named: false,
    };
    let mut k = t;
    let mut complements = 0;
    // `a plan to end the Gaza war`: the names the purpose takes tell the issue
    // apart, written before the head.
    if k + 1 < last
        && doc.word(k) == "to"
        && is_word(doc, k + 1)
        && !doc.in_mention[k + 1]
        && !DETERMINERS.contains(&doc.word(k + 1))
        && !doc.input.toks.starts_upper(k + 1)
    {
        let mut j = k + 2;
        while j < last && DETERMINERS.contains(&doc.word(j)) {
            j += 1;
        }
        let mut names = Vec::new();
        while j < last {
            if let Some((actor, _, e)) = mention_at(doc, j) {
                names.push(actor_word(doc, lexicon, actor));
                j = e;
            } else if is_word(doc, j)
                && doc.input.toks.starts_upper(j)
                && !generic(doc, doc.word(j))
            {
                names.push(doc.word(j).to_string());
                j += 1;
            } else {
                break;
            }
        }
        if !names.is_empty() {
            c.partners = names;
            c.named = true;
            c.end = j;
        }
        return c;
    }
    while k < last && complements < 2 && !phrase_starts[k] {
        let Some(prep) = id_preposition(doc.word(k)) else {
            break;
        };
        let mut j = k + 1;
        while j < last && DETERMINERS.contains(&doc.word(j)) {
            j += 1;
        }
        // (word, is a name)
        let mut got: Vec<(String, bool)> = Vec::new();
        let mut lower = 0;
        while j < last && got.len() < 5 {
            let w = doc.word(j);
            if let Some((actor, _, e)) = mention_at(doc, j) {
                got.push((actor_word(doc, lexicon, actor), true));
                j = e;
            } else if let Some((model, e)) = designator(doc, j, last) {
                got.push((model, true));
                j = e;
            } else if is_word(doc, j) && doc.input.toks.starts_upper(j) && !generic(doc, w) {
                got.push((w.to_string(), true));
                j += 1;
            } else if w == "and"
                && got.last().is_some_and(|g| g.1)
                && j + 1 < last
                && (doc.in_mention[j + 1] || doc.input.toks.starts_upper(j + 1))
            {
                j += 1;
            } else if w == "of"
                && got.last().is_some_and(|g| g.1)
                && j + 1 < last
                && (doc.in_mention[j + 1] || doc.input.toks.starts_upper(j + 1))
            {
                // One name: `the Strait of Hormuz`.
                j += 1;
            } else if matches!(w, "'s" | "'") && got.last().is_some_and(|g| g.1) {
                // `over Iran's nuclear programme`: what follows is Iran's.
                j += 1;
            } else if is_word(doc, j)
                && generic(doc, w)
                && got.is_empty()
                && j + 1 < last
                && is_word(doc, j + 1)
                && !generic(doc, doc.word(j + 1))
                && !DETERMINERS.contains(&doc.word(j + 1))
                && !PREPOSITIONS.contains(&doc.word(j + 1))
                && !CLAUSE_STOPS.contains(&doc.word(j + 1))
            {
                // A hedge or common modifier before the noun says nothing of
                // which issue (`strikes on alleged drug boats` are strikes on drug
                // boats): skipped, not an end.
                j += 1;
            } else if is_word(doc, j)
                && lower < 2
                && !generic(doc, w)
                && !has_digit(w)
                && !DETERMINERS.contains(&w)
                && !PREPOSITIONS.contains(&w)
                && !CLAUSE_STOPS.contains(&w)
                && !w.ends_with("ly")
                && (!w.ends_with("ed") || participle_before_noun(doc, j, last))
            {
                got.push((w.to_string(), false));
                lower += 1;
                j += 1;
            } else {
                break;
            }
        }
        let Some(&(_, named)) = got.last() else {
            break;
        };
        // Only `of` and `on` take a common noun (`attacks on shipping`, not
        // `a notice to the Chinese embassy`), and `for` and `into` in a phrase a
        // stance word takes (`endorsed the plan for a water authority`, `pushed
        // for an inquiry into the origins of the virus`).
        let common = matches!(prep, "of" | "on") || (purpose && matches!(prep, "for" | "into"));
        if !named && !common {
            break;
        }
        // A later complement must name something: `on shipping in the Red Sea`,
        // not `on shipping in recent weeks`.
        if complements > 0 && !named {
            break;
        }
        // An apposition ends on the name: `the South American bloc Mercosur`.
        let words: Vec<String> = if named {
            let run = got.iter().rev().take_while(|g| g.1).count();
            got[got.len() - run..].iter().map(|g| g.0.clone()).collect()
        } else {
            got.into_iter().map(|g| g.0).collect()
        };
        if prep.is_empty() {
            c.partners.extend(words);
        } else {
            c.after.push(prep.to_string());
            c.after.extend(words);
        }
        c.named = named;
        k = j;
        c.end = j;
        complements += 1;
    }
    c
}

/// Is the `-ed` word at `j` an adjective before a common noun of the complement
/// (`the release of the detained journalists`), not a verb ending it (`the plan
/// of the EU agreed on Monday`)? Before a name (`the dissolved House of ...`) it
/// is left out, as the name's own words are what the id keeps.
fn participle_before_noun(doc: &Doc, j: usize, last: usize) -> bool {
    let next = doc.word(j + 1);
    j > 0
        && DETERMINERS.contains(&doc.word(j - 1))
        && j + 1 < last
        && is_word(doc, j + 1)
        && !doc.in_mention[j + 1]
        && !doc.input.toks.starts_upper(j + 1)
        && !DETERMINERS.contains(&next)
        && !PREPOSITIONS.contains(&next)
        && !CLAUSE_STOPS.contains(&next)
        && !next.ends_with("ly")
}

/// The named direct object of an issue verb, written as the `of` complement of
/// its noun, as annotators name the act: `Tanzania released Tundu Lissu` is the
/// `release_of_tundu_lissu`. A pronoun or a common noun names no one.
fn direct_object(doc: &Doc, lexicon: &Lexicon, t: usize, last: usize) -> Option<Complement> {
    let mut j = t;
    while j < last && DETERMINERS.contains(&doc.word(j)) {
        j += 1;
    }
    let (actor, _, end) = mention_at(doc, j)?;
    Some(Complement {
        partners: Vec::new(),
        after: vec!["of".to_string(), actor_word(doc, lexicon, actor)],
        end,
        named: true,
    })
}

/// Can this head word be a verb here (`the government plans to hold`, `Israel
/// strikes the port`)? A plural form before `to` or a determiner.
fn verb_use(doc: &Doc, t: usize, last: usize) -> bool {
    let w = doc.word(t);
    let next = if t + 1 < last { doc.word(t + 1) } else { "" };
    w.ends_with('s') && (next == "to" || DETERMINERS.contains(&next))
}

/// Stems of verbs whose subject makes a deal rather than takes a side on it
/// (`Japan signed a trade agreement with the US`, `A and B reached a deal`):
/// that subject is a party of the deal. Opponents (`Poland opposes the deal with
/// Mercosur`) are not, so a bloc's deal is not split by member state.
const DEAL_MAKING: &[&str] = &[
    "sign", "conclud", "reach", "announc", "strik", "struck", "seal", "negotiat", "clinch",
    "finalis", "finaliz", "initial", "agree", "broker",
];

fn deal_making(w: &str) -> bool {
    DEAL_MAKING.iter().any(|p| w.starts_with(p))
}

/// The party an id word stands for: a person's state or organization
/// (`Trump` -> `us`), else the word.
fn party_word(doc: &Doc, lexicon: &Lexicon, w: &str) -> String {
    lexicon
        .actor(w)
        .filter(|a| a.kind == ActorKind::Person)
        .and_then(|a| a.affiliation.as_deref())
        .map(|aff| actor_word(doc, lexicon, aff))
        .unwrap_or_else(|| w.to_string())
}

/// The parties of a deal made by the subject of the verb before the phrase
/// starting at `start` (`Trump announced a trade agreement`, `A and B signed a
/// peace deal`), as id words.
fn deal_makers(
    doc: &Doc,
    lexicon: &Lexicon,
    start: usize,
    sent: std::ops::Range<usize>,
) -> Vec<String> {
    let v = determiners_start(doc, start, sent.start);
    // `Spain signed the agreement with Mercosur`: a known deal, which a signer
    // joins rather than makes (a member state signing its bloc's deal).
    let known = (v..start).any(|k| doc.word(k) == "the");
    if known || v == sent.start || !deal_making(doc.word(v - 1)) {
        return Vec::new();
    }
    let verb = v - 1;
    let mut makers = super::holders::subject_of(doc, verb, sent.clone());
    if makers.is_empty() {
        // A subject right before the verb, in a clause of its own (`after Trump
        // announced a deal`).
        makers.extend(
            doc.input
                .mentions
                .iter()
                .filter(|m| m.tokens.end == verb && super::holders::usable(doc, m))
                .flat_map(super::holders::members),
        );
    }
    if makers.is_empty() && first_person_before(doc, sent.start, verb) {
        // `we hope to conclude our deal with X` in a quote: the speaker's side.
        let at = doc.span(verb..verb + 1);
        makers.extend(
            doc.input
                .statements
                .iter()
                .filter(|s| s.content.contains(at))
                .find_map(|s| s.speaker.clone()),
        );
    }
    makers
        .iter()
        .map(|a| party_word(doc, lexicon, &actor_word(doc, lexicon, a)))
        .collect()
}

/// Does a first-person plural subject stand in the clause before the verb
/// (`we hope to conclude`)?
fn first_person_before(doc: &Doc, from: usize, verb: usize) -> bool {
    (from..verb).any(|k| matches!(doc.word(k), "we" | "We"))
}

/// A deal's id words as annotators write them: its parties (abbreviated names
/// like `us`, `eu` first, then alphabetical: `us_japan`, `armenia_azerbaijan`),
/// then its type words (`trade`, `peace`). Returns (parties, types).
fn deal_words(
    doc: &Doc,
    lexicon: &Lexicon,
    before: &[String],
    partners: &[String],
    makers: Vec<String>,
    start: usize,
    head: usize,
) -> (Vec<String>, Vec<String>) {
    let mut parties: Vec<String> = Vec::new();
    let mut types: Vec<String> = Vec::new();
    for w in before {
        if named_word(doc, w, start, head) {
            parties.push(party_word(doc, lexicon, w));
        } else {
            types.push(w.clone());
        }
    }
    parties.extend(partners.iter().map(|w| party_word(doc, lexicon, w)));
    // The subject's side only when the phrase leaves the deal one-sided.
    if parties.len() < 2 {
        parties.extend(makers);
    }
    let mut seen = HashSet::new();
    parties.retain(|p| seen.insert(p.clone()));
    parties.sort_by(|a, b| (a.len() > 3, a).cmp(&(b.len() > 3, b)));
    (parties, types)
}

/// Gathers the deals of an article into one: a deal issue whose parties and
/// types are all in another deal issue's (`japan_trade_deal`, then
/// `us_japan_trade_deal`) is that issue. Returns the remap of local indices.
fn gather_deals(deals: &[(usize, BTreeSet<String>, BTreeSet<String>)]) -> Vec<(usize, usize)> {
    let mut remap = Vec::new();
    for (i, pi, ti) in deals {
        let richer = deals
            .iter()
            .filter(|(j, pj, tj)| {
                j != i
                    && !pi.is_empty()
                    && pi.is_subset(pj)
                    && ti.is_subset(tj)
                    && (pj.len() + tj.len() > pi.len() + ti.len())
            })
            .max_by_key(|(j, pj, tj)| (pj.len() + tj.len(), std::cmp::Reverse(*j)));
        if let Some((j, _, _)) = richer {
            remap.push((*i, *j));
        }
    }
    remap
}

/// The document issues and their mentions, in text order.
pub(super) fn document_issues(
    doc: &Doc,
    lexicon: &Lexicon,
    cues: &[Cue],
    phrases: &[IssueMention],
) -> DocIssues {
    let base = lexicon.issues.len();
    let n = doc.words().len();
    let mut covered = vec![false; n];
    for m in phrases {
        for t in m.tokens.clone() {
            if t < n {
                covered[t] = true;
            }
        }
    }
    let mut cue_tokens = vec![false; n];
    let mut phrase_starts = vec![false; n];
    for c in cues.iter().filter(|c| c.end > c.start + 1 && c.start < n) {
        phrase_starts[c.start] = true;
    }
    for c in cues {
        for flag in cue_tokens.iter_mut().take(c.end.min(n)).skip(c.start) {
            *flag = true;
        }
    }
    let mut issues: Vec<IssueEntry> = Vec::new();
    // (group, local index, token) of each mention so far.
    let mut groups: Vec<(&str, usize)> = Vec::new();
    let mut out: Vec<IssueMention> = Vec::new();
    let mut stems = None;
    let mut deals: Vec<(usize, BTreeSet<String>, BTreeSet<String>)> = Vec::new();
    let mut kinds: Vec<LocalKind> = Vec::new();
    // (head as written, issue) of the proper names so far.
    let mut name_heads: Vec<(String, usize)> = Vec::new();
    for (si, s) in doc.input.toks.seg.sentences.iter().enumerate() {
        let (first, last) = (s.tokens.start, s.tokens.end);
        let mut t = first;
        while t < last {
            let w = doc.word(t);
            // `the Pacific Maritime Treaty`: an issue named by its proper name.
            if let Some(name) = names::proper_name(doc, t, (first, last), &covered, &cue_tokens) {
                let label = doc
                    .span(name.start..name.end)
                    .slice(doc.input.toks.text)
                    .to_string();
                let i = intern(lexicon, &mut issues, name.id, label, base);
                name_heads.push((name.head, i));
                out.push(IssueMention {
                    tokens: name.start..name.end,
                    issue: i,
                    sentence: si,
                    anaphor: false,
                    inverted: false,
                });
                t = name.end.max(t + 1);
                continue;
            }
            let Some(head) = head_of(doc, w) else {
                t += 1;
                continue;
            };
            if covered[t] || doc.in_mention[t] || !is_word(doc, t) {
                t += 1;
                continue;
            }
            // A compound: the last head is the head (`ceasefire talks`).
            if head.usage != Use::Verb
                && t + 1 < last
                && head_of(doc, doc.word(t + 1)).is_some_and(|h| h.usage != Use::Verb)
            {
                t += 1;
                continue;
            }
            if head.usage != Use::Verb && verb_use(doc, t, last) {
                t += 1;
                continue;
            }
            // A capitalized head inside a sentence is part of a name (`the Belt and
            // Road Initiative`), not an issue of its own.
            if t > first && doc.input.toks.starts_upper(t) {
                t += 1;
                continue;
            }
            let (before, start, possessed) = if head.usage == Use::Verb {
                (Vec::new(), t, false)
            } else {
                before_head(doc, lexicon, t, first, &cue_tokens)
            };
            let governed = cues.iter().any(|c| {
                matches!(c.meaning.role, Role::Verb | Role::Passive)
                    && c.end <= start
                    && reaches(doc, c.end, start, GOVERN_GAP)
            });
            // A purpose names a governed phrase nothing before its head names
            // (`the plan for a water authority`, not `Egypt's roadmap for ...`).
            let unnamed = governed && !possessed && !before_named(doc, start, t);
            let comp = if head.usage == Use::Verb {
                direct_object(doc, lexicon, t + 1, last).unwrap_or_else(|| {
                    after_head(doc, lexicon, t + 1, last, &phrase_starts, unnamed)
                })
            } else {
                after_head(doc, lexicon, t + 1, last, &phrase_starts, unnamed)
            };
            // `the deployment of European troops in Ukraine`: a lexicon issue in
            // the complement is the issue at stake, not a new one.
            if (t + 1..comp.end).any(|k| covered[k]) {
                t += 1;
                continue;
            }
            let author = author_of(doc, lexicon, start, first..last);
            // A complement ending on a common noun says which issue only when a
            // stance word takes the phrase (`condemned the attacks on shipping`).
            // A headline names the article's question in full (`US strikes on
            // alleged drug boats`): its complement is kept too.
            let keep_after = comp.named || governed || si == 0;
            let mut named =
                possessed || comp.named || !comp.partners.is_empty() || before_named(doc, start, t);
            let mut ids: Vec<String> = author.into_iter().collect();
            let mut deal_key: Option<(BTreeSet<String>, BTreeSet<String>)> = None;
            if head.group == "deal" && head.usage == Use::Issue {
                let makers = deal_makers(doc, lexicon, start, first..last);
                let (parties, types) =
                    deal_words(doc, lexicon, &before, &comp.partners, makers, start, t);
                ids.clear();
                ids.extend(parties.iter().cloned());
                ids.extend(types.iter().cloned());
                if parties.len() >= 2 {
                    named = true;
                }
                deal_key = Some((parties.into_iter().collect(), types.into_iter().collect()));
            } else {
                ids.extend(comp.partners.iter().cloned());
                if comp.partners.is_empty() {
                    ids.extend(before.iter().cloned());
                } else {
                    // The partners tell talks apart: `talks with Japan`.
                    ids.extend(
                        before
                            .iter()
                            .filter(|w| named_word(doc, w, start, t))
                            .cloned(),
                    );
                }
            }
            let end = if keep_after { comp.end } else { t + 1 };
            // A deal its two parties name is named: `signed a trade deal in Nairobi`
            // is not a Nairobi deal.
            let two_sided = deal_key.as_ref().is_some_and(|(p, _)| p.len() >= 2);
            let after = if keep_after && !two_sided {
                comp.after.clone()
            } else {
                Vec::new()
            };
            let phrase = Phrase {
                before: ids,
                after,
                start,
                end,
            };
            // `no agreements with X` says there is none, not that anyone is against it.
            let denied = start > first && doc.word(start - 1) == "no";
            // A phrase a stance word takes names its issue by a complement of
            // common nouns too (`demanded the release of its citizens`, `endorsed
            // a tax on billionaires`): the stance word says it is a question
            // someone takes sides on, the complement says which. Modifiers alone
            // do not (`another strike`, `international aid`).
            // So does a definite phrase a stance word takes whose modifiers say
            // which, when no lexicon issue is worded with its head: `vetoed the
            // cybercrime bill`, `would fight the labour reform`.
            let definite = definite_bare(doc, start, first);
            let modified = definite
                && !phrase.before.is_empty()
                && !lexicon_names(&mut stems, doc, lexicon, phrases, w);
            let governed_named = governed && (!phrase.after.is_empty() || modified);
            let distinct = phrase.distinctive() && (named || governed_named) && !denied;
            let issue = if distinct && head.usage != Use::Anaphor {
                let mut words = phrase.before.clone();
                words.push(head.id_word.clone());
                words.extend(phrase.after.iter().cloned());
                let id = slug(&words);
                let label = doc
                    .span(phrase.start..phrase.end)
                    .slice(doc.input.toks.text)
                    .to_string();
                let i = intern(lexicon, &mut issues, id, label, base);
                if let Some(local) = i.checked_sub(base) {
                    if !kinds.iter().any(|k: &LocalKind| k.local == local) {
                        kinds.push(LocalKind {
                            local,
                            group: head.group.as_str(),
                            id_word: head.id_word.as_str(),
                        });
                    }
                }
                if let (Some((p, ty)), Some(local)) = (deal_key, i.checked_sub(base)) {
                    if !deals.iter().any(|d: &(usize, _, _)| d.0 == local) {
                        deals.push((local, p, ty));
                    }
                }
                Some(i)
            } else if let Some(&(_, i)) = name_heads
                .iter()
                .rev()
                .find(|(h, _)| definite && h == singular(w))
            {
                // `the treaty` after `the Pacific Maritime Treaty`.
                Some(i)
            } else if lexicon_names(&mut stems, doc, lexicon, phrases, w) {
                // The lexicon's issue that the document names with this word takes
                // it (`the deal` after `minerals deal`): the anaphors of the stage.
                None
            } else {
                groups
                    .iter()
                    .rev()
                    .find(|(g, _)| *g == head.group)
                    .map(|(_, i)| *i)
            };
            if let Some(i) = issue {
                groups.push((head.group.as_str(), i));
                out.push(IssueMention {
                    tokens: if head.usage == Use::Verb {
                        t..t + 1
                    } else {
                        phrase.start.max(first)..phrase.end.max(t + 1)
                    },
                    issue: i,
                    sentence: si,
                    anaphor: !distinct,
                    inverted: false,
                });
            }
            t = phrase.end.max(t + 1);
        }
    }
    let remap = gather_deals(&deals);
    for m in &mut out {
        if let Some(&(_, j)) = remap.iter().find(|(i, _)| base + i == m.issue) {
            m.issue = base + j;
        }
    }
    let remap = gather_to_headline(doc, lexicon, &issues, &kinds, &out, base);
    for m in &mut out {
        if let Some(&(_, j)) = remap.iter().find(|(i, _)| base + i == m.issue) {
            m.issue = base + j;
        }
    }
    let mut proper_names: Vec<usize> = name_heads.into_iter().map(|(_, i)| i).collect();
    proper_names.sort_unstable();
    proper_names.dedup();
    DocIssues {
        issues,
        mentions: out,
        proper_names,
    }
}

/// What [`document_issues`] finds.
pub(super) struct DocIssues {
    /// The document's own issues, numbered after the lexicon's.
    pub issues: Vec<IssueEntry>,
    /// Their mentions, in text order.
    pub mentions: Vec<IssueMention>,
    /// The issues that are proper names (`the Indus Waters Treaty`): read only
    /// where a stance word takes them or `the treaty`, not through pronouns nor
    /// as the nearest issue of a statement, since a name cited in passing (`under
    /// the UN Charter`) is seldom the question argued.
    pub proper_names: Vec<usize>,
}

/// Does `the` open the phrase starting at `start` (`the treaty`, not `no treaty`
/// or `a binding agreement`)?
fn definite_bare(doc: &Doc, start: usize, first: usize) -> bool {
    start > first && doc.word(start - 1) == "the"
}

/// The side an agent word stands for: the state of a person or an
/// organization (`idf` -> `israel`, `trump` -> `us`), else the word, so that
/// `Israeli raids` and `the IDF's raids` are one agent's.
fn agent_side(doc: &Doc, lexicon: &Lexicon, w: &str) -> String {
    lexicon
        .actor(w)
        .and_then(|a| a.affiliation.as_deref())
        .filter(|aff| {
            lexicon
                .actor(aff)
                .is_some_and(|s| s.kind == ActorKind::State)
        })
        .map(|aff| actor_word(doc, lexicon, aff))
        .unwrap_or_else(|| w.to_string())
}

/// The head group and id word of a document issue, as its first distinct
/// phrase gave them.
struct LocalKind<'h> {
    local: usize,
    group: &'h str,
    id_word: &'h str,
}

/// The headline names the article's question: a document issue named in the
/// first sentence (the headline, or the lead when there is none) takes the
/// later issues of its head group whose id starts with the same agent or
/// possessor (`US strikes on alleged drug boats`, then `the latest US military
/// strikes on vessels in the Caribbean`), so that one issue gathers the
/// article's stances, and bare mentions (`another strike`) with it. An id that
/// starts with its head word has no agent to share (`strikes_on_iran`), and
/// deals are gathered by their parties instead ([`gather_deals`]). Returns the
/// remap of local indices.
fn gather_to_headline(
    doc: &Doc,
    lexicon: &Lexicon,
    issues: &[IssueEntry],
    kinds: &[LocalKind],
    out: &[IssueMention],
    base: usize,
) -> Vec<(usize, usize)> {
    let agent = |local: usize| -> Option<String> {
        let kind = kinds.iter().find(|k| k.local == local)?;
        let first = issues.get(local)?.id.split('_').next()?;
        (kind.group != "deal" && first != kind.id_word).then(|| agent_side(doc, lexicon, first))
    };
    let group = |local: usize| kinds.iter().find(|k| k.local == local).map(|k| k.group);
    let headline: Vec<usize> = out
        .iter()
        .filter(|m| m.sentence == 0 && !m.anaphor)
        .filter_map(|m| m.issue.checked_sub(base))
        .filter(|&h| agent(h).is_some())
        .collect();
    let mut remap = Vec::new();
    for k in kinds {
        if headline.contains(&k.local) {
            continue;
        }
        let target = headline.iter().find(|&&h| {
            group(h) == Some(k.group) && agent(h).is_some() && agent(h) == agent(k.local)
        });
        if let Some(&h) = target {
            remap.push((k.local, h));
        }
    }
    remap
}

/// The index of the issue with this id: a lexicon issue of that id, a document
/// issue made before, or a new one.
fn intern(
    lexicon: &Lexicon,
    issues: &mut Vec<IssueEntry>,
    id: String,
    label: String,
    base: usize,
) -> usize {
    if let Some(i) = lexicon.issue_index(&id) {
        return i;
    }
    if let Some(i) = issues.iter().position(|e| e.id == id) {
        return base + i;
    }
    // Its own wording only: bare mentions (`the deal`) are named again here, by
    // head group, and the stage's anaphors keep to the lexicon's wordings.
    let phrases = vec![label.clone()];
    issues.push(IssueEntry { id, label, phrases });
    base + issues.len() - 1
}
