//! Token patterns: the small language of `relations.tsv` and `cues.tsv`, compiled
//! once and matched against the tokens of a sentence.
//!
//! Items: `word`, `a|b`, `verb~` (every inflection), `item?` (optional), `*` (a gap
//! of up to three plain words), `@S` / `@T` (an actor mention standing for the
//! source / the target). Quotation marks in the text are transparent: `"no
//! meeting" between` matches `meeting between`.

use super::word_table::WordTable;
use crate::model::{Token, TokenKind};
use crate::segment::tokenize;

/// Largest number of words a `*` gap spans.
pub const MAX_GAP: usize = 3;

/// One item of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// Any of these token sequences (each lowercase, normalized).
    Words(Vec<Vec<String>>),
    /// Up to [`MAX_GAP`] plain words.
    Gap,
    /// An actor mention: the source.
    Source,
    /// An actor mention: the target.
    Target,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Items with their optional flag.
    pub items: Vec<(Item, bool)>,
    /// The pattern as written.
    pub text: String,
}

/// The normalized form ([`normalize`]) of each of `tokens` of `text`: the words
/// every stage after segmentation reads.
pub fn normalized_words(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .map(|t| normalize(t.span.slice(text)))
        .collect()
}

/// Normalize a token for matching: lowercase, curly apostrophes made straight.
pub fn normalize(token: &str) -> String {
    // Plain ASCII (most tokens): the mapping below only touches non-ASCII
    // characters, and lowercasing is ASCII lowercasing.
    if token.is_ascii() {
        return token.to_ascii_lowercase();
    }
    token
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            '\u{2013}' | '\u{2014}' | '\u{2010}' | '\u{2011}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Irregular verbs: base form, then its other forms.
const IRREGULAR: &[(&str, &[&str])] = &[
    (
        "be",
        &[
            "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
        ],
    ),
    ("have", &["has", "had", "having", "'ve"]),
    ("do", &["does", "did", "done", "doing"]),
    ("say", &["says", "said", "saying"]),
    ("tell", &["tells", "told", "telling"]),
    ("meet", &["meets", "met", "meeting"]),
    ("hold", &["holds", "held", "holding"]),
    ("take", &["takes", "took", "taken", "taking"]),
    ("give", &["gives", "gave", "given", "giving"]),
    ("make", &["makes", "made", "making"]),
    ("seek", &["seeks", "sought", "seeking"]),
    ("strike", &["strikes", "struck", "stricken", "striking"]),
    ("fight", &["fights", "fought", "fighting"]),
    ("throw", &["throws", "threw", "thrown", "throwing"]),
    ("break", &["breaks", "broke", "broken", "breaking"]),
    ("speak", &["speaks", "spoke", "spoken", "speaking"]),
    ("begin", &["begins", "began", "begun", "beginning"]),
    ("win", &["wins", "won", "winning"]),
    ("lead", &["leads", "led", "leading"]),
    ("send", &["sends", "sent", "sending"]),
    ("go", &["goes", "went", "gone", "going"]),
    ("come", &["comes", "came", "coming"]),
    ("see", &["sees", "saw", "seen", "seeing"]),
    ("write", &["writes", "wrote", "written", "writing"]),
    ("hit", &["hits", "hitting"]),
    ("cut", &["cuts", "cutting"]),
    ("put", &["puts", "putting"]),
    ("set", &["sets", "setting"]),
    ("let", &["lets", "letting"]),
    ("shut", &["shuts", "shutting"]),
    ("quit", &["quits", "quitting"]),
    (
        "withdraw",
        &["withdraws", "withdrew", "withdrawn", "withdrawing"],
    ),
    (
        "undertake",
        &["undertakes", "undertook", "undertaken", "undertaking"],
    ),
    (
        "overtake",
        &["overtakes", "overtook", "overtaken", "overtaking"],
    ),
    ("bid", &["bids", "bidding"]),
    ("stand", &["stands", "stood", "standing"]),
    ("bring", &["brings", "brought", "bringing"]),
    ("buy", &["buys", "bought", "buying"]),
    ("think", &["thinks", "thought", "thinking"]),
    ("ring", &["rings", "rang", "rung", "ringing"]),
    ("keep", &["keeps", "kept", "keeping"]),
    ("leave", &["leaves", "left", "leaving"]),
    ("lose", &["loses", "lost", "losing"]),
    ("sell", &["sells", "sold", "selling"]),
    ("shoot", &["shoots", "shot", "shooting"]),
    ("fly", &["flies", "flew", "flown", "flying"]),
    ("drive", &["drives", "drove", "driven", "driving"]),
    ("rise", &["rises", "rose", "risen", "rising"]),
    ("forbid", &["forbids", "forbade", "forbidden", "forbidding"]),
    ("get", &["gets", "got", "gotten", "getting"]),
    ("pay", &["pays", "paid", "paying"]),
    ("lay", &["lays", "laid", "laying"]),
    ("hang", &["hangs", "hung", "hanging"]),
    ("feel", &["feels", "felt", "feeling"]),
    ("hear", &["hears", "heard", "hearing"]),
    (
        "understand",
        &["understands", "understood", "understanding"],
    ),
    ("spend", &["spends", "spent", "spending"]),
    ("build", &["builds", "built", "building"]),
    ("deal", &["deals", "dealt", "dealing"]),
    ("mean", &["means", "meant", "meaning"]),
    ("read", &["reads", "reading"]),
    ("steal", &["steals", "stole", "stolen", "stealing"]),
    ("swear", &["swears", "swore", "sworn", "swearing"]),
    ("tear", &["tears", "tore", "torn", "tearing"]),
    ("bear", &["bears", "bore", "borne", "bearing"]),
    ("beat", &["beats", "beaten", "beating"]),
    ("bind", &["binds", "bound", "binding"]),
    ("sink", &["sinks", "sank", "sunk", "sinking"]),
    ("forgive", &["forgives", "forgave", "forgiven", "forgiving"]),
    (
        "override",
        &["overrides", "overrode", "overridden", "overriding"],
    ),
    ("overrule", &["overrules", "overruled", "overruling"]),
    ("mislead", &["misleads", "misled", "misleading"]),
    ("rebuild", &["rebuilds", "rebuilt", "rebuilding"]),
    ("sweep", &["sweeps", "swept", "sweeping"]),
    ("find", &["finds", "found", "finding"]),
    ("grow", &["grows", "grew", "grown", "growing"]),
    ("draw", &["draws", "drew", "drawn", "drawing"]),
    ("blow", &["blows", "blew", "blown", "blowing"]),
    ("know", &["knows", "knew", "known", "knowing"]),
    ("show", &["shows", "showed", "shown", "showing"]),
    ("choose", &["chooses", "chose", "chosen", "choosing"]),
    ("forsake", &["forsakes", "forsook", "forsaken"]),
    ("arise", &["arises", "arose", "arisen", "arising"]),
    ("wake", &["wakes", "woke", "woken", "waking"]),
    ("shake", &["shakes", "shook", "shaken", "shaking"]),
    ("lie", &["lies", "lied", "lying", "lay", "lain"]),
    ("slay", &["slays", "slew", "slain", "slaying"]),
    ("split", &["splits", "splitting"]),
    ("spread", &["spreads", "spreading"]),
    ("upset", &["upsets", "upsetting"]),
    ("offset", &["offsets", "offsetting"]),
    ("broadcast", &["broadcasts", "broadcasting"]),
    ("forecast", &["forecasts", "forecasting"]),
    ("outline", &["outlines", "outlined", "outlining"]),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Every form of a verb: base, third person, past (and participle), gerund.
/// Regular rules generate a doubled and an undoubled form where English is unsure
/// (`plan` -> `planned`, `visit` -> `visited`); a wrong extra form never matches
/// real text, so over-generating is safe.
pub fn verb_forms(base: &str) -> Vec<String> {
    let base = base.to_lowercase();
    if let Some((_, forms)) = IRREGULAR.iter().find(|(b, _)| *b == base) {
        let mut out = vec![base.clone()];
        out.extend(forms.iter().map(|s| s.to_string()));
        return out;
    }
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    let mut out = vec![base.clone()];
    if n == 0 {
        return out;
    }
    let last = chars[n - 1];
    let stem = &base[..base.len() - last.len_utf8()];
    if last == 'e' {
        out.push(format!("{base}s"));
        out.push(format!("{base}d"));
        if base.ends_with("ee") {
            out.push(format!("{base}ing"));
        } else {
            out.push(format!("{stem}ing"));
        }
    } else if last == 'y' && n > 1 && !is_vowel(chars[n - 2]) {
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{base}ing"));
    } else {
        if base.ends_with('s')
            || base.ends_with("sh")
            || base.ends_with("ch")
            || base.ends_with('x')
            || base.ends_with('z')
            || base.ends_with('o')
        {
            out.push(format!("{base}es"));
        } else {
            out.push(format!("{base}s"));
        }
        out.push(format!("{base}ed"));
        out.push(format!("{base}ing"));
        let cvc = n >= 3
            && !is_vowel(last)
            && !matches!(last, 'w' | 'x' | 'y')
            && is_vowel(chars[n - 2])
            && !is_vowel(chars[n - 3]);
        if cvc {
            out.push(format!("{base}{last}ed"));
            out.push(format!("{base}{last}ing"));
        }
        if last == 'c' {
            out.push(format!("{base}ked"));
            out.push(format!("{base}king"));
        }
    }
    out.dedup();
    out
}

/// Split a literal into normalized tokens the way the text is tokenized.
fn literal_tokens(word: &str) -> Vec<String> {
    // Clitics stand alone in patterns: `'s`, `'`, `n't`.
    let norm = normalize(word);
    if matches!(norm.as_str(), "'s" | "'" | "n't") {
        return vec![norm];
    }
    normalized_words(word, &tokenize(word))
}

impl Pattern {
    /// Compile a pattern; the error says which item is wrong.
    pub fn compile(text: &str) -> Result<Pattern, String> {
        let mut items = Vec::new();
        for raw in text.split_whitespace() {
            let (body, optional) = match raw.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (raw, false),
            };
            let item = match body {
                "*" => Item::Gap,
                "@S" => Item::Source,
                "@T" => Item::Target,
                _ => {
                    let mut alts = Vec::new();
                    for alt in body.split('|').filter(|a| !a.is_empty()) {
                        if let Some(verb) = alt.strip_suffix('~') {
                            if verb.is_empty() || verb.contains(' ') {
                                return Err(format!("bad verb item {alt:?}"));
                            }
                            alts.extend(verb_forms(verb).into_iter().map(|f| vec![f]));
                        } else {
                            let toks = literal_tokens(alt);
                            if toks.is_empty() {
                                return Err(format!("item {alt:?} has no word"));
                            }
                            alts.push(toks);
                        }
                    }
                    if alts.is_empty() {
                        return Err(format!("empty item {raw:?}"));
                    }
                    Item::Words(alts)
                }
            };
            // A single-token literal item split by tokenization (`cease-fire`) becomes
            // one alternative with several tokens, which the matcher handles.
            items.push((item, optional));
        }
        if items.is_empty() {
            return Err("empty pattern".into());
        }
        if !items.iter().any(|(i, o)| matches!(i, Item::Words(_)) && !o) {
            return Err("a pattern needs at least one required word".into());
        }
        if matches!(items.first(), Some((Item::Gap, _)))
            || matches!(items.last(), Some((Item::Gap, _)))
        {
            return Err("a pattern cannot start or end with *".into());
        }
        Ok(Pattern {
            items,
            text: text.to_string(),
        })
    }

    /// The tokens a match can start with; `"@M"` stands for any actor mention.
    fn first_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for (item, optional) in &self.items {
            match item {
                Item::Words(alts) => keys.extend(alts.iter().filter_map(|a| a.first().cloned())),
                Item::Source | Item::Target => keys.push("@M".to_string()),
                Item::Gap => {}
            }
            if !optional {
                break;
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }
}

/// What the matcher needs to know about the tokens of a document.
#[derive(Debug, Clone, Copy)]
pub struct TokenView<'a> {
    /// Normalized token texts.
    pub words: &'a [String],
    /// Token kinds.
    pub kinds: &'a [TokenKind],
    /// For each token, the mention starting there: (mention index, end token).
    pub mention_start: &'a [Option<(usize, usize)>],
    /// For each token, whether it lies inside a mention.
    pub in_mention: &'a [bool],
    /// For each token, whether matching may step over it between two items (adverbs
    /// such as `strongly`, time phrases such as `on Saturday`). May be empty.
    pub skippable: &'a [bool],
}

/// A fast hasher for the pattern index and the lexicon's other word maps, which
/// are looked up at every token of every document: a multiply-rotate hash over
/// 8-byte words (the scheme of rustc's `FxHasher`) instead of the default
/// SipHash, which is built to resist flooding by untrusted keys; the keys here
/// are the lexicon's own words.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s, for `HashMap<String, _, BuildWordHasher>`.
pub(crate) type BuildWordHasher = std::hash::BuildHasherDefault<WordHasher>;

/// A successful match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Index of the pattern in its set.
    pub pattern: usize,
    /// First token of the match.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// First token of the trigger words (the match without `@S`/`@T` mentions at
    /// its edges).
    pub trigger_start: usize,
    /// One past the last trigger token.
    pub trigger_end: usize,
    /// Mention index bound to `@S`.
    pub source: Option<usize>,
    /// Mention index bound to `@T`.
    pub target: Option<usize>,
}

/// A set of compiled patterns with an index by first token.
///
/// Matching compares word ids, not strings: every word the patterns name gets a
/// number when the set is built, and a search looks each token of its range up
/// once. The search runs over every sentence of every document, several times
/// (relations, cues, stance words), and comparing strings was most of its cost.
#[derive(Debug, Clone, Default)]
pub struct PatternSet {
    /// The patterns, in file order.
    pub patterns: Vec<Pattern>,
    /// Every word the patterns name, and `-`, numbered from 0.
    vocab: WordTable,
    /// For each word id, the patterns a match can start with it (sorted, unique).
    by_word: Vec<Vec<usize>>,
    /// For each word id, the patterns a match can start with an actor mention
    /// followed by that word: those whose slot is followed by a required word,
    /// and all the others that can start with a mention (sorted, unique).
    by_mention_then: Vec<Vec<usize>>,
    /// The patterns a match can start with a mention followed by a word no
    /// pattern names, or by nothing (sorted, unique).
    by_mention_else: Vec<usize>,
    /// Each pattern's items over word ids, with their optional flag.
    steps: Vec<Vec<(Step, bool)>>,
    /// The id of `-` (a gap steps over hyphenated compounds).
    hyphen: u32,
    /// For each pattern, what its first two steps require when both are required
    /// and simple ([`Prefix`]), tested before the matcher is entered.
    prefixes: Vec<Option<Prefix>>,
    /// The vocabulary this set shares with the other sets of a
    /// [`PatternSet::family`] (0: its own).
    family: u64,
}

/// The word ids of a range of tokens in the vocabulary of a family of pattern
/// sets ([`PatternSet::family`]): looked up once, searched by every set of the
/// family.
#[derive(Debug, Clone, Default)]
pub struct WordIds {
    family: u64,
    start: usize,
    limit: usize,
    ids: Vec<u32>,
}

/// The first two steps of a pattern when the first is a required word item of
/// single words and the second a required word item of single words or an actor
/// slot. Most candidates of a position (keyed by its word) fail at the second
/// step; testing these two steps directly gives the same answer as the matcher
/// for them, without its recursion and bindings.
#[derive(Debug, Clone)]
struct Prefix {
    /// The words the first token may be.
    first: Box<[u32]>,
    /// What the next token (after quotes and skippable tokens) must be.
    second: Second,
}

/// The second step of a [`Prefix`].
#[derive(Debug, Clone)]
enum Second {
    /// One of these words.
    Words(Box<[u32]>),
    /// An actor mention (`@S` or `@T`) ending within the limit.
    Slot,
}

impl Prefix {
    /// The prefix of a pattern's steps, when its first two steps have the shape
    /// [`Prefix`] covers.
    fn of(steps: &[(Step, bool)]) -> Option<Prefix> {
        let single_words = |step: &Step| match step {
            Step::Words { alts, single: true } => {
                Some(alts.iter().map(|a| a[0]).collect::<Box<[u32]>>())
            }
            _ => None,
        };
        match steps {
            [(first, false), (second, false), ..] => {
                let first = single_words(first)?;
                let second = match second {
                    Step::Source | Step::Target => Second::Slot,
                    other => Second::Words(single_words(other)?),
                };
                Some(Prefix { first, second })
            }
            _ => None,
        }
    }

    /// Whether the two steps can match at `pos`, exactly as [`match_items`]
    /// would test them: the first word at `pos` itself, the second after
    /// [`skip_quotes`] (`ahead`, the same for every candidate at `pos`).
    fn admits(&self, s: &Search, pos: usize, ahead: Ahead) -> bool {
        if pos >= s.limit || !self.first.contains(&s.id(pos)) {
            return false;
        }
        match &self.second {
            Second::Words(words) => ahead.word.is_some_and(|w| words.contains(&w)),
            Second::Slot => ahead.slot,
        }
    }
}

/// What follows a position for the second step of a [`Prefix`]: the token after
/// it past quotes and skippable tokens, as a word id and as the start of a
/// mention. Computed once per position, for all its candidates.
#[derive(Clone, Copy)]
struct Ahead {
    /// The word id of that token, when it is before the limit.
    word: Option<u32>,
    /// Whether a mention ending within the limit starts there.
    slot: bool,
}

impl Ahead {
    fn at(s: &Search, pos: usize) -> Ahead {
        let next = skip_quotes(s.view, pos + 1, s.limit);
        Ahead {
            word: (next < s.limit).then(|| s.id(next)),
            slot: matches!(s.view.mention_start.get(next), Some(Some((_, end))) if *end <= s.limit),
        }
    }
}

/// The id of a token that no pattern names.
const NO_WORD: u32 = u32::MAX;

/// An [`Item`] with its words as ids of the set's vocabulary.
#[derive(Debug, Clone)]
enum Step {
    /// Alternatives of one word or more; `single` when every one is a single word
    /// (most items: verb forms, `a|b|c`), which are then tested at once.
    Words {
        alts: Vec<Box<[u32]>>,
        single: bool,
    },
    Gap,
    Source,
    Target,
}

impl Step {
    fn of(item: &Item, vocab: &mut WordTable) -> Step {
        match item {
            Item::Words(alts) => {
                let alts: Vec<Box<[u32]>> = alts
                    .iter()
                    .map(|alt| alt.iter().map(|w| vocab.intern(w)).collect())
                    .collect();
                let single = alts.iter().all(|a| a.len() == 1);
                Step::Words { alts, single }
            }
            Item::Gap => Step::Gap,
            Item::Source => Step::Source,
            Item::Target => Step::Target,
        }
    }

    /// The words a match of this step must start with, when it is a required
    /// word item.
    fn required_first_words(&self, optional: bool) -> Option<Vec<u32>> {
        match self {
            Step::Words { alts, .. } if !optional => {
                Some(alts.iter().filter_map(|a| a.first().copied()).collect())
            }
            _ => None,
        }
    }
}

/// What a partial match has bound: token and mention indices, [`UNSET`] when
/// not bound (kept small: it is copied at every step of the matcher).
#[derive(Clone, Copy)]
struct Bind {
    source: u32,
    target: u32,
    first_word: u32,
    last_word_end: u32,
}

/// An index [`Bind`] has not bound.
const UNSET: u32 = u32::MAX;

impl Bind {
    const EMPTY: Bind = Bind {
        source: UNSET,
        target: UNSET,
        first_word: UNSET,
        last_word_end: UNSET,
    };
}

/// `v` as an index, `None` for [`UNSET`].
fn bound(v: u32) -> Option<usize> {
    (v != UNSET).then_some(v as usize)
}

/// An index as stored in a [`Bind`] (token and mention counts stay far below
/// [`UNSET`]).
fn to_u32(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(UNSET - 1)
}

/// One search: the view, the word ids of tokens `base..limit`, and the limit.
struct Search<'s, 'v, 'a> {
    view: &'v TokenView<'a>,
    ids: &'s [u32],
    base: usize,
    limit: usize,
    hyphen: u32,
}

impl Search<'_, '_, '_> {
    /// The word id of token `p` (`base <= p < limit`).
    fn id(&self, p: usize) -> u32 {
        self.ids[p - self.base]
    }
}

/// Calls `each` for the union of two sorted, unique lists, in order.
fn each_of_union(x: &[usize], y: &[usize], mut each: impl FnMut(usize)) {
    let (mut i, mut j) = (0, 0);
    loop {
        let p = match (x.get(i), y.get(j)) {
            (Some(&a), Some(&b)) if a == b => {
                i += 1;
                j += 1;
                a
            }
            (Some(&a), Some(&b)) if a < b => {
                i += 1;
                a
            }
            (_, Some(&b)) => {
                j += 1;
                b
            }
            (Some(&a), None) => {
                i += 1;
                a
            }
            (None, None) => return,
        };
        each(p);
    }
}

impl PatternSet {
    /// Build the set and its index.
    pub fn new(patterns: Vec<Pattern>) -> PatternSet {
        Self::with_vocab(patterns, WordTable::default(), 0)
    }

    /// Build one set for each group of patterns, all numbering words in one
    /// vocabulary, so that the word ids of a sentence ([`PatternSet::word_ids_for`])
    /// are looked up once for all of them ([`PatternSet::find_all_with`]).
    pub fn family(groups: Vec<Vec<Pattern>>) -> Vec<PatternSet> {
        static FAMILIES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let family = FAMILIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut vocab = WordTable::default();
        vocab.intern("-");
        for p in groups.iter().flatten() {
            for (item, _) in &p.items {
                Step::of(item, &mut vocab);
            }
        }
        groups
            .into_iter()
            .map(|patterns| Self::with_vocab(patterns, vocab.clone(), family))
            .collect()
    }

    /// Build the set over `vocab` (which may already hold every word the
    /// patterns name).
    fn with_vocab(patterns: Vec<Pattern>, mut vocab: WordTable, family: u64) -> PatternSet {
        let hyphen = vocab.intern("-");
        let steps: Vec<Vec<(Step, bool)>> = patterns
            .iter()
            .map(|p| {
                p.items
                    .iter()
                    .map(|(item, optional)| (Step::of(item, &mut vocab), *optional))
                    .collect()
            })
            .collect();
        let n = vocab.len();
        let mut by_word: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut by_mention_then: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut by_mention_else = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            for key in p.first_keys() {
                if key != "@M" {
                    if let Some(id) = vocab.get(&key) {
                        by_word[id as usize].push(i);
                    }
                    continue;
                }
                // A required slot followed by a required word: the pattern can
                // only match where that word follows the mention.
                let after_slot = match steps[i].as_slice() {
                    [(Step::Source | Step::Target, false), (next, optional), ..] => {
                        next.required_first_words(*optional)
                    }
                    _ => None,
                };
                match after_slot {
                    Some(mut words) => {
                        words.sort_unstable();
                        words.dedup();
                        for w in words {
                            by_mention_then[w as usize].push(i);
                        }
                    }
                    None => {
                        by_mention_else.push(i);
                        for list in &mut by_mention_then {
                            list.push(i);
                        }
                    }
                }
            }
        }
        let prefixes = steps.iter().map(|st| Prefix::of(st)).collect();
        PatternSet {
            patterns,
            vocab,
            by_word,
            by_mention_then,
            by_mention_else,
            steps,
            hyphen,
            prefixes,
            family,
        }
    }

    /// The word ids of tokens `start..limit` ([`NO_WORD`] for words no pattern names).
    fn word_ids(&self, view: &TokenView, start: usize, limit: usize) -> Vec<u32> {
        let words = view
            .words
            .get(start..limit.min(view.words.len()))
            .unwrap_or(&[]);
        let mut ids = Vec::with_capacity(limit - start);
        ids.extend(words.iter().map(|w| self.vocab.get(w).unwrap_or(NO_WORD)));
        // Positions past the words (a limit beyond them) name no word.
        ids.resize(limit - start, NO_WORD);
        ids
    }

    /// Calls `each` for every pattern a match at `pos` can start with, in index
    /// order: those keyed by the word at `pos` and, when a mention starts there,
    /// those that can start with an actor slot followed by the word after it.
    fn candidates(&self, s: &Search, pos: usize, each: impl FnMut(usize)) {
        let by_word = self
            .by_word
            .get(s.id(pos) as usize)
            .map_or(&[][..], Vec::as_slice);
        let by_mention = match s.view.mention_start.get(pos) {
            Some(Some((_, end))) => {
                // Where the matcher looks for the item after the slot.
                let next = skip_quotes(s.view, *end, s.limit);
                let word = if next < s.limit && next >= s.base {
                    s.id(next)
                } else {
                    NO_WORD
                };
                self.by_mention_then
                    .get(word as usize)
                    .unwrap_or(&self.by_mention_else)
                    .as_slice()
            }
            _ => &[],
        };
        each_of_union(by_word, by_mention, each);
    }

    /// The match of pattern `p` at `pos`, if any.
    ///
    /// `ahead` is [`Ahead::at`] `pos`, computed by the first candidate that needs
    /// it.
    ///
    /// Inlined into the searches: most candidates fail the [`Prefix`] test, which
    /// then costs no call; the matcher proper is [`PatternSet::match_steps`].
    #[inline]
    fn match_pattern(
        &self,
        s: &Search,
        p: usize,
        pos: usize,
        ahead: &mut Option<Ahead>,
    ) -> Option<Match> {
        if let Some(Some(prefix)) = self.prefixes.get(p) {
            let ahead = *ahead.get_or_insert_with(|| Ahead::at(s, pos));
            if !prefix.admits(s, pos, ahead) {
                return None;
            }
        }
        self.match_steps(s, p, pos)
    }

    /// The match of pattern `p` at `pos` by the matcher, its prefix admitted.
    #[inline(never)]
    fn match_steps(&self, s: &Search, p: usize, pos: usize) -> Option<Match> {
        let (end, bind) = match_items(&self.steps[p], 0, pos, s, Bind::EMPTY)?;
        Some(Match {
            pattern: p,
            start: pos,
            end,
            trigger_start: bound(bind.first_word).unwrap_or(pos),
            trigger_end: bound(bind.last_word_end).unwrap_or(end),
            source: bound(bind.source),
            target: bound(bind.target),
        })
    }

    /// Every pattern match starting at token `pos`, not reaching past `limit`.
    pub fn matches_at(&self, view: &TokenView, pos: usize, limit: usize) -> Vec<Match> {
        let mut out = Vec::new();
        if pos >= limit {
            return out;
        }
        let ids = self.word_ids(view, pos, limit);
        let search = Search {
            view,
            ids: &ids,
            base: pos,
            limit,
            hyphen: self.hyphen,
        };
        let mut ahead = None;
        self.candidates(&search, pos, |p| {
            out.extend(self.match_pattern(&search, p, pos, &mut ahead));
        });
        out
    }

    /// Non-overlapping matches over `start..limit`, scanning left to right and
    /// keeping the longest match at each position.
    pub fn find_all(&self, view: &TokenView, start: usize, limit: usize) -> Vec<Match> {
        self.find_all_where(view, start, limit, |_| true)
    }

    /// The word ids of tokens `start..limit`, for [`PatternSet::find_all_with`]
    /// on this set and the others of its family.
    pub fn word_ids_for(&self, view: &TokenView, start: usize, limit: usize) -> WordIds {
        WordIds {
            family: self.family,
            start,
            limit,
            ids: if start < limit {
                self.word_ids(view, start, limit)
            } else {
                Vec::new()
            },
        }
    }

    /// [`PatternSet::find_all`] with word ids already looked up by a set of the
    /// same family over the same range (looked up again otherwise).
    pub fn find_all_with(
        &self,
        view: &TokenView,
        ids: &WordIds,
        start: usize,
        limit: usize,
    ) -> Vec<Match> {
        if self.family == 0 || ids.family != self.family || (ids.start, ids.limit) != (start, limit)
        {
            return self.find_all(view, start, limit);
        }
        self.find_all_over(view, &ids.ids, start, limit, |_| true)
    }

    /// [`PatternSet::find_all`] over the patterns that `keep` accepts (by index):
    /// the others neither match nor hide a shorter match of a kept pattern.
    pub fn find_all_where(
        &self,
        view: &TokenView,
        start: usize,
        limit: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<Match> {
        if start >= limit {
            return Vec::new();
        }
        let ids = self.word_ids(view, start, limit);
        self.find_all_over(view, &ids, start, limit, keep)
    }

    /// [`PatternSet::find_all_where`] with the word ids of `start..limit`.
    fn find_all_over(
        &self,
        view: &TokenView,
        ids: &[u32],
        start: usize,
        limit: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<Match> {
        let mut out = Vec::new();
        if start >= limit {
            return out;
        }
        let search = Search {
            view,
            ids,
            base: start,
            limit,
            hyphen: self.hyphen,
        };
        let mut pos = start;
        while pos < limit {
            // The longest match, and of those the first pattern: candidates come
            // in pattern order, so a later one wins only by being longer.
            let mut best: Option<Match> = None;
            let mut ahead = None;
            self.candidates(&search, pos, |p| {
                if !keep(p) {
                    return;
                }
                if let Some(m) = self.match_pattern(&search, p, pos, &mut ahead) {
                    if best.is_none_or(|b| m.end - m.start > b.end - b.start) {
                        best = Some(m);
                    }
                }
            });
            match best {
                Some(m) => {
                    pos = m.trigger_end.max(pos + 1);
                    out.push(m);
                }
                None => pos += 1,
            }
        }
        out
    }
}

fn skip_quotes(view: &TokenView, mut pos: usize, limit: usize) -> usize {
    while pos < limit
        && (view.kinds[pos] == TokenKind::Quote
            || view.skippable.get(pos).copied().unwrap_or(false))
    {
        pos += 1;
    }
    pos
}

/// Adverbs that may stand inside a wording without changing it (`sharply
/// criticised`, `agreed on Saturday to`): words ending in -ly, except the few
/// that are not manner adverbs.
pub fn is_skippable_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && !matches!(
            word,
            "only"
                | "early"
                | "italy"
                | "july"
                | "family"
                | "rally"
                | "ally"
                | "supply"
                | "reply"
                | "apply"
                | "comply"
                | "daily"
                | "weekly"
                | "monthly"
                | "likely"
                | "unlikely"
                | "nearly"
                | "fly"
                | "july's"
                | "mostly"
                | "partly"
                | "hardly"
                | "barely"
                | "scarcely"
                | "bully"
                | "sully"
                | "multiply"
                | "imply"
                | "anomaly"
                | "assembly"
                | "belly"
                | "jolly"
                | "holy"
                | "ugly"
                | "friendly"
                | "elderly"
                | "costly"
                | "deadly"
                | "orderly"
                | "lonely"
                | "lively"
                | "silly"
                | "unfriendly"
        )
}

/// Match `steps[k..]` at `pos`; returns the end token of the longest match (the
/// first found of the longest, in the order of alternatives).
fn match_items(
    steps: &[(Step, bool)],
    k: usize,
    pos: usize,
    s: &Search,
    bind: Bind,
) -> Option<(usize, Bind)> {
    let Some((step, optional)) = steps.get(k) else {
        return Some((pos, bind));
    };
    let limit = s.limit;
    let view = s.view;
    let pos = if k > 0 {
        skip_quotes(view, pos, limit)
    } else {
        pos
    };
    let mut best: Option<(usize, Bind)> = None;
    let mut consider = |r: Option<(usize, Bind)>| {
        if let Some((e, b)) = r {
            if best.is_none_or(|(be, _)| e > be) {
                best = Some((e, b));
            }
        }
    };
    match step {
        Step::Words { alts, single: true } => {
            // Every alternative is one word: one test, one recursion (several
            // equal alternatives would give the same result).
            if pos < limit && alts.iter().any(|a| a[0] == s.id(pos)) {
                let mut b = bind;
                if b.first_word == UNSET {
                    b.first_word = to_u32(pos);
                }
                b.last_word_end = to_u32(pos + 1);
                consider(match_items(steps, k + 1, pos + 1, s, b));
            }
        }
        Step::Words {
            alts,
            single: false,
        } => {
            for alt in alts {
                if let Some(end) = match_sequence(alt, pos, s) {
                    let mut b = bind;
                    if b.first_word == UNSET {
                        b.first_word = to_u32(pos);
                    }
                    b.last_word_end = to_u32(end);
                    consider(match_items(steps, k + 1, end, s, b));
                }
            }
        }
        Step::Source | Step::Target => {
            if let Some(Some((m, end))) = view.mention_start.get(pos) {
                if *end <= limit {
                    let mut b = bind;
                    if matches!(step, Step::Source) {
                        b.source = to_u32(*m);
                    } else {
                        b.target = to_u32(*m);
                    }
                    consider(match_items(steps, k + 1, *end, s, b));
                }
            }
        }
        Step::Gap => {
            let mut p = pos;
            let mut used = 0;
            while used < MAX_GAP && p < limit {
                if p > pos && s.id(p) == s.hyphen && p + 1 < limit && is_plain_word(view, p + 1) {
                    // `a long-delayed trade agreement`: a hyphenated compound is one word.
                    p += 2;
                } else if let Some(end) = amount_end(view, p, limit) {
                    // `gave Kyiv $4.5 billion in aid`: an amount of money is one word.
                    p = end;
                    used += 1;
                } else if is_plain_word(view, p) {
                    p += 1;
                    used += 1;
                } else {
                    break;
                }
                consider(match_items(steps, k + 1, p, s, bind));
            }
        }
    }
    if *optional || matches!(step, Step::Gap) {
        consider(match_items(steps, k + 1, pos, s, bind));
    }
    best
}

/// The end of an amount of money starting at `p` (`$4.5 billion`, `€ 90 million`,
/// `1.2 billion euros`), when it takes more than one token.
fn amount_end(view: &TokenView, p: usize, limit: usize) -> Option<usize> {
    let word = |q: usize| (q < limit).then(|| view.words[q].as_str());
    let mut q = p;
    if matches!(word(q), Some("$" | "€" | "£" | "¥" | "us$")) {
        q += 1;
    }
    if q >= limit || view.kinds[q] != TokenKind::Number || view.in_mention[q] {
        return None;
    }
    q += 1;
    if matches!(word(q), Some("million" | "billion" | "trillion" | "bn")) {
        q += 1;
    }
    if matches!(
        word(q),
        Some("dollars" | "euros" | "pounds" | "yuan" | "yen")
    ) {
        q += 1;
    }
    (q - p >= 2).then_some(q)
}

fn is_plain_word(view: &TokenView, p: usize) -> bool {
    matches!(view.kinds[p], TokenKind::Word | TokenKind::Number) && !view.in_mention[p]
}

fn match_sequence(alt: &[u32], pos: usize, s: &Search) -> Option<usize> {
    let mut p = pos;
    for &w in alt {
        if p >= s.limit || s.id(p) != w {
            return None;
        }
        p += 1;
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view_of(text: &str) -> (Vec<String>, Vec<TokenKind>) {
        let toks = tokenize(text);
        (
            normalized_words(text, &toks),
            toks.iter().map(|t| t.kind).collect(),
        )
    }

    fn find(
        pattern: &str,
        text: &str,
        mention_tokens: &[usize],
    ) -> Vec<(usize, usize, Option<usize>, Option<usize>)> {
        let (words, kinds) = view_of(text);
        let mut starts = vec![None; words.len()];
        let mut inside = vec![false; words.len()];
        for (i, &t) in mention_tokens.iter().enumerate() {
            starts[t] = Some((i, t + 1));
            inside[t] = true;
        }
        let set = PatternSet::new(vec![Pattern::compile(pattern).unwrap()]);
        let view = TokenView {
            words: &words,
            kinds: &kinds,
            mention_start: &starts,
            in_mention: &inside,
            skippable: &[],
        };
        set.find_all(&view, 0, words.len())
            .iter()
            .map(|m| (m.trigger_start, m.trigger_end, m.source, m.target))
            .collect()
    }

    #[test]
    fn verb_forms_cover_regular_and_irregular_verbs() {
        assert!(verb_forms("accuse").contains(&"accused".to_string()));
        assert!(verb_forms("accuse").contains(&"accusing".to_string()));
        assert!(verb_forms("rally").contains(&"rallied".to_string()));
        assert!(verb_forms("plan").contains(&"planned".to_string()));
        assert!(verb_forms("visit").contains(&"visited".to_string()));
        assert!(verb_forms("meet").contains(&"met".to_string()));
        assert!(verb_forms("push").contains(&"pushes".to_string()));
    }

    #[test]
    fn gaps_optional_items_and_verbs() {
        // "The envoy ruled out any early talks with Cairo" : talks pattern with a gap.
        let text = "The envoy ruled out any early talks with Cairo";
        assert_eq!(
            find("rule~ out * talks with", text, &[8]),
            [(2, 8, None, None)]
        );
        assert_eq!(find("rule~ out * talks with?", text, &[8]).len(), 1);
        // A gap never swallows an actor mention.
        assert!(find("rule~ out * talks", "They ruled out Cairo talks", &[3]).is_empty());
    }

    #[test]
    fn slots_bind_mentions_and_quotes_are_transparent() {
        let text = "a visit by Macron to \"Beijing\"";
        let found = find("visit by @S to @T", text, &[3, 6]);
        assert_eq!(found, [(1, 5, Some(0), Some(1))]);
        let found = find(
            "talks between @S and @T",
            "talks between Seoul and Tokyo",
            &[2, 4],
        );
        assert_eq!(found, [(0, 4, Some(0), Some(1))]);
    }

    /// The two-step test before the matcher (`Prefix`) and the shared word ids
    /// of a family give the matches each set gives alone, with quotes and
    /// skippable words between the first two steps and a slot second.
    #[test]
    fn family_sets_and_prefix_tests_match_as_each_set_alone() {
        let groups = [
            vec![
                "call for",
                "call~ on @T",
                "warn~ against",
                "as soon as possible",
            ],
            vec!["welcome~", "called \"unacceptable\"", "warn~ * against"],
            vec!["on condition that", "unless", "call~ for * talks"],
        ];
        let compile = |g: &[&str]| -> Vec<Pattern> {
            g.iter().map(|p| Pattern::compile(p).unwrap()).collect()
        };
        let family = PatternSet::family(groups.iter().map(|g| compile(g)).collect());
        let texts = [
            "Ministers called strongly on \"Ankara\" to act, and warned sharply against delay.",
            "The union called for talks as soon as possible, unless Rome warned them against it.",
            "Leaders welcomed the call for new trade talks on condition that Oslo joined.",
        ];
        let mut matched = 0;
        for text in texts {
            let (words, kinds) = view_of(text);
            let mut starts = vec![None; words.len()];
            let mut inside = vec![false; words.len()];
            for (i, w) in words.iter().enumerate() {
                if matches!(w.as_str(), "ankara" | "rome" | "oslo") {
                    starts[i] = Some((i, i + 1));
                    inside[i] = true;
                }
            }
            let skippable: Vec<bool> = words.iter().map(|w| is_skippable_adverb(w)).collect();
            let view = TokenView {
                words: &words,
                kinds: &kinds,
                mention_start: &starts,
                in_mention: &inside,
                skippable: &skippable,
            };
            let ids = family[0].word_ids_for(&view, 0, words.len());
            for (set, g) in family.iter().zip(&groups) {
                // The set alone, its patterns all entering the matcher.
                let mut alone = PatternSet::new(compile(g));
                alone.prefixes.iter_mut().for_each(|p| *p = None);
                let want = alone.find_all(&view, 0, words.len());
                matched += want.len();
                assert_eq!(
                    set.find_all_with(&view, &ids, 0, words.len()),
                    want,
                    "{text}"
                );
                assert_eq!(set.find_all(&view, 0, words.len()), want, "{text}");
                for pos in 0..words.len() {
                    assert_eq!(
                        set.matches_at(&view, pos, words.len()),
                        alone.matches_at(&view, pos, words.len())
                    );
                }
            }
        }
        assert!(matched >= 6, "{matched}");
    }

    #[test]
    fn clitics_in_patterns_match_possessives() {
        let found = find(
            "question~ @T 's legitimacy",
            "by questioning Kyiv's legitimacy",
            &[2],
        );
        assert_eq!(found, [(1, 5, None, Some(0))]);
    }

    #[test]
    fn hyphenated_literals_match_split_tokens() {
        assert_eq!(
            find("cease-fire", "a cease-fire held", &[]),
            [(1, 4, None, None)]
        );
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert!(Pattern::compile("* meet~").is_err());
        assert!(Pattern::compile("@S @T").is_err());
        assert!(Pattern::compile("").is_err());
    }
}
