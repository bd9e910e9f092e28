//! The data every stage shares: spans into the document text, the document itself,
//! and what each stage finds in it.
//!
//! Stages pass [`Span`]s (byte offsets into [`Document::text`]) instead of strings,
//! so evidence can always be sliced back out of the text. `graph.json` speaks
//! character offsets; the conversion happens once, at export.

use chrono::NaiveDate;
use std::ops::Range;

/// A half-open byte range `start..end` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped to be at least `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` when it is out of bounds or not on
    /// character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// As a range, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One article: its metadata and its body text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Unique id within a corpus: file stem or the JSON Lines `id`.
    pub id: String,
    /// Headline, when the input has one.
    pub title: Option<String>,
    /// Publication date, when known.
    pub date: Option<NaiveDate>,
    /// Where the document came from (a path, `path:line` or `-`).
    pub source: String,
    /// URL, when the input has one.
    pub url: Option<String>,
    /// The body: the text after any date header. Every offset points into it.
    pub text: String,
}

/// What a token is, as far as the stages need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, digits, hyphens and apostrophes inside a word.
    Word,
    /// A number.
    Number,
    /// A quotation mark (straight or curly, single quotes only when they act as quotes).
    Quote,
    /// Sentence-internal or final punctuation.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it stands in the text.
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
}

/// One sentence: its span, its tokens and its paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it stands in the text.
    pub span: Span,
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
    /// Paragraph number, counted from 0 (paragraphs are separated by blank lines).
    pub paragraph: usize,
}

/// The output of segmentation: sentences and tokens of one document.
///
/// Beside the tokens and sentences it keeps what several stages derive from them,
/// computed once per document instead of once per stage or per call (see
/// [`Segmented::quote_marks_in`] and [`Tokens::skippable`]).
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// Every token, in text order.
    pub tokens: Vec<Token>,
    /// Every sentence, in text order.
    pub sentences: Vec<Sentence>,
    /// The indices of the quote-mark tokens, ascending.
    quote_marks: Vec<usize>,
    /// For each token, whether a wording may step over it
    /// ([`crate::syntax::skippable_tokens`]), computed on first use.
    skippable: std::sync::OnceLock<Vec<bool>>,
}

/// Two segmentations are equal when their tokens and sentences are: the rest is
/// derived from them.
impl PartialEq for Segmented {
    fn eq(&self, other: &Segmented) -> bool {
        self.tokens == other.tokens && self.sentences == other.sentences
    }
}

impl Eq for Segmented {}

impl Segmented {
    /// The segmentation made of `tokens` and `sentences`.
    pub fn new(tokens: Vec<Token>, sentences: Vec<Sentence>) -> Segmented {
        let quote_marks = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == TokenKind::Quote)
            .map(|(i, _)| i)
            .collect();
        Segmented {
            tokens,
            sentences,
            quote_marks,
            skippable: std::sync::OnceLock::new(),
        }
    }

    /// The indices of the quote-mark tokens inside `range`, ascending: a binary
    /// search instead of a walk over every token of the range (resolution asks
    /// this for every mention before every pronoun).
    pub fn quote_marks_in(&self, range: std::ops::Range<usize>) -> &[usize] {
        let from = self.quote_marks.partition_point(|&q| q < range.start);
        let to = self.quote_marks.partition_point(|&q| q < range.end);
        self.quote_marks.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The index of the sentence holding token `t`.
    pub fn sentence_of_token(&self, t: usize) -> Option<usize> {
        self.sentences
            .binary_search_by(|s| {
                if t < s.tokens.start {
                    std::cmp::Ordering::Greater
                } else if t >= s.tokens.end {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .ok()
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
}

/// The kind of actor a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    /// A person.
    Person,
    /// A state (country).
    State,
    /// An international or domestic organization, ministry, party, agency.
    Organization,
    /// An armed or political group.
    Group,
    /// A news organization.
    Media,
    /// An issue (a question actors take sides on).
    Issue,
    /// Anything else.
    Other,
}

impl ActorKind {
    /// The name used in `graph.json` and the lexicons.
    pub fn as_str(&self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
            ActorKind::Media => "media",
            ActorKind::Issue => "issue",
            ActorKind::Other => "other",
        }
    }

    /// Parse a lexicon or `graph.json` kind name.
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "person" => ActorKind::Person,
            "state" => ActorKind::State,
            "organization" | "organisation" => ActorKind::Organization,
            "group" => ActorKind::Group,
            "media" => ActorKind::Media,
            "issue" => ActorKind::Issue,
            "other" => ActorKind::Other,
            _ => return None,
        })
    }
}

/// Grammatical gender of a person, for pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he / him / his
    Male,
    /// she / her
    Female,
    /// unknown
    Unknown,
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A name or alias from the lexicon, or a name introduced in the text.
    Name,
    /// A seat or capital acting for a state (`the Kremlin`, `Washington`).
    Metonym,
    /// A plural demonym (`the Russians`).
    Demonym,
    /// A title or description resolved to a role holder (`the Ukrainian president`).
    Description,
    /// A pronoun resolved by reference resolution.
    Pronoun,
    /// An actor named only as a modifier of another mention (`NATO` in `NATO chief
    /// Mark Rutte`): it counts as mentioned but is never a speaker, source or target.
    Modifier,
}

/// A stretch of text that refers to an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where the mention stands.
    pub span: Span,
    /// Canonical actor id. For a plural reference (`the two men`) this is the first
    /// of [`Mention::group`].
    pub actor: String,
    /// The actors of a plural reference (`they`, `the two leaders`), else empty.
    pub group: Vec<String>,
    /// How the actor is named.
    pub kind: MentionKind,
    /// Index of the sentence it stands in.
    pub sentence: usize,
    /// Token indices it covers.
    pub tokens: Range<usize>,
    /// True for a place that is only a location (`in Kyiv`), not an agent.
    pub locative: bool,
}

/// The mentions (sorted by first token, as resolution returns them) starting at
/// tokens `from..to`. Found by binary search: a scan of every mention for each
/// sentence, quote or cue makes long documents quadratic.
pub fn mentions_starting_in(mentions: &[Mention], from: usize, to: usize) -> &[Mention] {
    let lo = mentions.partition_point(|m| m.tokens.start < from);
    let hi = lo + mentions[lo..].partition_point(|m| m.tokens.start < to);
    &mentions[lo..hi]
}

/// Direct (quoted) or indirect (reported) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementKind {
    /// In quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
}

impl StatementKind {
    /// The name used in `graph.json`.
    pub fn as_str(&self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
        }
    }
}

/// Who said what, about whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The speaker's actor id, when attribution found one.
    pub speaker: Option<String>,
    /// The quoted or reported text (without quotation marks).
    pub content: Span,
    /// Direct or indirect.
    pub kind: StatementKind,
    /// The speech verb or phrase (`said`, `told`, `according to`), when found.
    pub cue: Option<Span>,
    /// The addressee (`told NBC`), when found.
    pub addressee: Option<String>,
    /// Actors the statement is about.
    pub about: Vec<String>,
    /// The date of the utterance.
    pub date: Option<NaiveDate>,
    /// Index of the sentence where the statement starts.
    pub sentence: usize,
}

/// Whether an event is asserted, reported by someone, intended or hypothetical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Modality {
    /// The text states it happened.
    Asserted,
    /// Someone claims it happened (`Trump said Russia had agreed`).
    Reported,
    /// Ready to / wants to / plans to.
    Intended,
    /// Would / could / if.
    Hypothetical,
}

impl Modality {
    /// The name used in `graph.json` and the lexicons.
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
        }
    }

    /// Parse a lexicon or `graph.json` modality name.
    pub fn parse(s: &str) -> Option<Modality> {
        Some(match s {
            "" | "asserted" => Modality::Asserted,
            "reported" => Modality::Reported,
            "intended" => Modality::Intended,
            "hypothetical" => Modality::Hypothetical,
            _ => return None,
        })
    }
}

/// A typed, CAMEO-coded relation between two actors.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Source actor id.
    pub source: String,
    /// Target actor id.
    pub target: String,
    /// Readable relation name (`rejects_meeting`).
    pub relation: String,
    /// Human label (`rules out meeting with`).
    pub label: String,
    /// CAMEO code as a string.
    pub cameo: String,
    /// Goldstein weight of the code.
    pub goldstein: f64,
    /// CAMEO quad class (1 to 4).
    pub quad_class: u8,
    /// Asserted, reported, intended or hypothetical.
    pub modality: Modality,
    /// Who claims a reported relation.
    pub reported_by: Option<String>,
    /// The resolved date of the event.
    pub date: Option<NaiveDate>,
    /// The evidence: the sentence (or clause) the relation was read from.
    pub evidence: Span,
    /// The words that triggered the pattern.
    pub trigger: Span,
}

/// Polarity of an actor's stance on an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Polarity {
    /// For it.
    Supports,
    /// Against it.
    Opposes,
    /// For it only on a condition.
    Conditional,
    /// Neither.
    Neutral,
}

impl Polarity {
    /// The name used in `graph.json` and gold files.
    pub fn as_str(&self) -> &'static str {
        match self {
            Polarity::Supports => "supports",
            Polarity::Opposes => "opposes",
            Polarity::Conditional => "conditional",
            Polarity::Neutral => "neutral",
        }
    }
}

/// An actor that a document mentions, with what the document calls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSeen {
    /// Canonical id.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// Affiliation id, when known.
    pub affiliation: Option<String>,
    /// Surface forms seen in this document (names and descriptions, not pronouns).
    pub aliases: Vec<String>,
    /// Number of mentions, pronouns included.
    pub mentions: usize,
    /// Roles at the document's date (`president of ukraine`).
    pub roles: Vec<String>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The document (metadata and text).
    pub doc: Document,
    /// Actors mentioned, sorted by id.
    pub actors: Vec<ActorSeen>,
    /// Statements, in text order.
    pub statements: Vec<Statement>,
    /// Relations, in text order.
    pub relations: Vec<Relation>,
    /// Stances on issues, in text order.
    pub stances: Vec<Stance>,
}

/// An actor as one document knows it: from the lexicon, or introduced by the text
/// ("Hassan Rashad, Egypt's intelligence chief").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalActor {
    /// Canonical id (lexicon id, or a slug of the name for a new actor).
    pub id: String,
    /// Display name.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// The state or organization it acts for.
    pub affiliation: Option<String>,
    /// Gender, for pronouns.
    pub gender: Gender,
    /// True when the actor is in the lexicon.
    pub known: bool,
    /// Roles read from the text or the lexicon (`foreign_minister of russia`).
    pub roles: Vec<(String, String)>,
}

/// A description that names an actor by role (`the Ukrainian president`, `the US
/// broadcaster`, `the two leaders`), left for reference resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    /// Where it stands.
    pub span: Span,
    /// Token range.
    pub tokens: Range<usize>,
    /// Sentence index.
    pub sentence: usize,
    /// Role key (`president`, `media`, `leader`).
    pub role: String,
    /// Affiliation read from the description (`Ukrainian` -> ukraine).
    pub affiliation: Option<String>,
    /// Gender the title implies.
    pub gender: Gender,
    /// True for a news-organization description.
    pub media: bool,
    /// Plural (`the two leaders`, `both men`); the number when stated.
    pub plural: Option<usize>,
}

/// How a stance is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StanceBasis {
    /// The actor states it.
    Stated,
    /// An action of the actor implies it (`signed`, `vetoed`).
    Action,
    /// Someone else says the actor holds it (`Lavrov said Zelensky said no`).
    Attributed,
}

impl StanceBasis {
    /// The name used in `graph.json`.
    pub fn as_str(&self) -> &'static str {
        match self {
            StanceBasis::Stated => "stated",
            StanceBasis::Action => "action",
            StanceBasis::Attributed => "attributed",
        }
    }
}

/// Where an actor stands on an issue, as one passage of a document shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stance {
    /// Actor id.
    pub actor: String,
    /// Issue id (from the issue lexicon).
    pub issue: String,
    /// For, against, conditional or neutral.
    pub polarity: Polarity,
    /// Stated, implied by an action, or attributed.
    pub basis: StanceBasis,
    /// Who attributes the stance, when someone else reports it.
    pub reported_by: Option<String>,
    /// The evidence (a sentence or clause).
    pub evidence: Span,
    /// The date of the stance.
    pub date: Option<NaiveDate>,
    /// Index of the sentence.
    pub sentence: usize,
}

/// The text and tokens a stage works on, with normalized (lowercase) words.
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'a> {
    /// The body text.
    pub text: &'a str,
    /// Segmentation.
    pub seg: &'a Segmented,
    /// Normalized token texts, parallel to `seg.tokens`.
    pub words: &'a [String],
}

impl<'a> Tokens<'a> {
    /// For each token, whether a wording may step over it: manner adverbs and
    /// time phrases ([`crate::syntax::skippable_tokens`]). Computed once per
    /// document and kept with the segmentation, since quotes, relations and
    /// stance words all ask for it; `words` are always the normalized words of
    /// `seg`, so the first computation holds for every later caller.
    pub fn skippable(&self) -> &'a [bool] {
        self.seg
            .skippable
            .get_or_init(|| crate::syntax::skippable_tokens(self))
    }
}

impl Tokens<'_> {
    /// Does token `t` begin with a capital letter (as written, not normalized)?
    pub fn starts_upper(&self, t: usize) -> bool {
        self.seg.tokens[t]
            .span
            .slice(self.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Is token `t` a hyphen glued to the words on both sides (`Putin-Zelensky`)?
    pub fn is_joining_hyphen(&self, t: usize) -> bool {
        let toks = &self.seg.tokens;
        self.words.get(t).is_some_and(|w| w == "-")
            && t > 0
            && t + 1 < toks.len()
            && toks[t - 1].span.end == toks[t].span.start
            && toks[t].span.end == toks[t + 1].span.start
    }
}
