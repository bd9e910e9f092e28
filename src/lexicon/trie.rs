//! A byte trie of lexicon phrases, walked from a given start (a token's first
//! byte) instead of scanning the whole text.
//!
//! Actor recognition only keeps the forms and titles that start on a token, so an
//! overlapping Aho-Corasick scan of every byte of the text (with its failure
//! transitions) does work for positions whose matches are all thrown away. From
//! each token start the trie follows the text until no phrase continues, which on
//! news text is one to a few bytes for most tokens.
//!
//! Matching is ASCII case-insensitive, like the automata it replaces
//! (`ascii_case_insensitive(true)`): other bytes must be equal. A cased trie
//! ([`PhraseTrie::cased`]) matches phrases as written instead, and a lowercase
//! first letter also capitalized.

/// No child: node 0 is the root, which is never a child.
const NONE: u32 = 0;

/// Set on a child's number when phrases end at that child, so that a step with
/// nothing to report reads no more than the transition.
const HAS_OUTPUT: u32 = 1 << 31;

/// One transition of the hashed edge table: `key` is `(node << 8 | byte) + 1`
/// (0 marks an empty slot), `child` the child's number with [`HAS_OUTPUT`].
#[derive(Debug, Clone, Copy, Default)]
struct Edge {
    key: u64,
    child: u32,
}

/// Phrases in a trie, numbered in the order given.
///
/// The transitions live in one open-addressing table keyed by (node, byte): a
/// step is a multiply, one probe and a compare, instead of a search through the
/// node's children.
#[derive(Debug, Clone)]
pub(crate) struct PhraseTrie {
    /// The root's children by byte: the first step is taken at every token, so it
    /// is one index.
    root: Box<[u32; 256]>,
    /// Linear probing, a power of two long, at most half full.
    edges: Vec<Edge>,
    /// Where each node's phrases start in `outputs` (one more entry at the end).
    output_starts: Vec<u32>,
    /// Phrase numbers, grouped by the node they end at.
    outputs: Vec<u32>,
    /// The byte each text byte is compared as: ASCII-lowercased, or itself in a
    /// cased trie.
    fold: [u8; 256],
}

/// One spelling of a phrase to put in a trie: its number, its first byte (none
/// for the empty phrase) and the bytes after it.
type Spelling<'a> = (usize, Option<u8>, &'a [u8]);

/// The spelling of `phrase` as written.
fn as_written(id: usize, phrase: &str) -> Spelling<'_> {
    let bytes = phrase.as_bytes();
    (id, bytes.first().copied(), bytes.get(1..).unwrap_or(&[]))
}

impl PhraseTrie {
    /// The trie of `phrases`, numbered from 0 in their order, ASCII
    /// case-insensitive.
    pub(crate) fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let fold = std::array::from_fn(|b| to_u8(b).to_ascii_lowercase());
        let spellings = phrases.into_iter().enumerate();
        Self::build(spellings.map(|(id, p)| as_written(id, p)), fold)
    }

    /// The trie of `phrases`, numbered from 0 in their order, matching each
    /// phrase as written and, when it starts with an ASCII lowercase letter, also
    /// with that letter capitalized (`The Kremlin` for `the Kremlin`): the case
    /// actor recognition accepts. Most lowercase words of a text start no
    /// phrase, so their walk ends at the root.
    pub(crate) fn cased<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let fold = std::array::from_fn(to_u8);
        let spellings = phrases.into_iter().enumerate().flat_map(|(id, p)| {
            let (_, first, rest) = as_written(id, p);
            let capital = first
                .filter(u8::is_ascii_lowercase)
                .map(|b| (id, Some(b.to_ascii_uppercase()), rest));
            std::iter::once((id, first, rest)).chain(capital)
        });
        Self::build(spellings, fold)
    }

    /// The trie of `spellings` (several may share a number), comparing bytes as
    /// `fold` maps them.
    fn build<'a>(spellings: impl IntoIterator<Item = Spelling<'a>>, fold: [u8; 256]) -> Self {
        // Built with a child list per node, then laid out in the tables.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, first, rest) in spellings {
            let mut node = 0usize;
            for &b in first.iter().chain(rest) {
                let b = fold[usize::from(b)];
                node = match children[node].iter().find(|(c, _)| *c == b) {
                    Some(&(_, child)) => child as usize,
                    None => {
                        let child = children.len();
                        children.push(Vec::new());
                        ends.push(Vec::new());
                        children[node].push((b, to_u32(child)));
                        child
                    }
                };
            }
            ends[node].push(to_u32(id));
        }
        let tagged = |child: u32| {
            if ends[child as usize].is_empty() {
                child
            } else {
                child | HAS_OUTPUT
            }
        };
        let mut root = Box::new([NONE; 256]);
        for &(b, child) in &children[0] {
            root[usize::from(b)] = tagged(child);
        }
        let count: usize = children.iter().map(Vec::len).sum();
        let size = (2 * count).next_power_of_two().max(16);
        let mut edges = vec![Edge::default(); size];
        for (node, kids) in children.iter().enumerate().skip(1) {
            for &(b, child) in kids {
                let key = edge_key(to_u32(node), b);
                let mut i = slot(key, size - 1);
                while edges[i].key != 0 {
                    i = (i + 1) & (size - 1);
                }
                edges[i] = Edge {
                    key,
                    child: tagged(child),
                };
            }
        }
        let mut output_starts = Vec::with_capacity(ends.len() + 1);
        let mut outputs = Vec::new();
        for out in &ends {
            output_starts.push(to_u32(outputs.len()));
            outputs.extend_from_slice(out);
        }
        output_starts.push(to_u32(outputs.len()));
        PhraseTrie {
            root,
            edges,
            output_starts,
            outputs,
            fold,
        }
    }

    /// Calls `found(end, phrase)` for every phrase that occurs in `text` starting
    /// at byte `start`, shortest first; `end` is the byte after it.
    pub(crate) fn matches_at(&self, text: &str, start: usize, mut found: impl FnMut(usize, usize)) {
        let bytes = text.as_bytes();
        // Empty phrases end at the root (a lexicon has none: the test is cheaper
        // than the call, made at every token).
        if self.output_starts[1] > 0 {
            self.report(0, start, &mut found);
        }
        let Some(&first) = bytes.get(start) else {
            return;
        };
        let mut node = self.root[usize::from(self.fold[usize::from(first)])];
        let mut end = start + 1;
        while node != NONE {
            if node & HAS_OUTPUT != 0 {
                self.report(node & !HAS_OUTPUT, end, &mut found);
            }
            let Some(&b) = bytes.get(end) else {
                return;
            };
            node = self.child(node & !HAS_OUTPUT, self.fold[usize::from(b)]);
            end += 1;
        }
    }

    #[inline]
    fn report(&self, node: u32, end: usize, found: &mut impl FnMut(usize, usize)) {
        let node = node as usize;
        let (from, to) = (self.output_starts[node], self.output_starts[node + 1]);
        for &p in &self.outputs[from as usize..to as usize] {
            found(end, p as usize);
        }
    }

    #[inline]
    fn child(&self, node: u32, b: u8) -> u32 {
        let key = edge_key(node, b);
        let mask = self.edges.len() - 1;
        let mut i = slot(key, mask);
        loop {
            let e = self.edges[i];
            if e.key == key {
                return e.child;
            }
            if e.key == 0 {
                return NONE;
            }
            i = (i + 1) & mask;
        }
    }
}

#[inline]
fn edge_key(node: u32, b: u8) -> u64 {
    (u64::from(node) << 8 | u64::from(b)) + 1
}

#[inline]
fn slot(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

/// Trie sizes are bounded by the lexicon's text, far below `u32::MAX`.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A byte value below 256 (the fold tables' indices).
fn to_u8(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    fn at(trie: &PhraseTrie, text: &str, start: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        trie.matches_at(text, start, |e, p| out.push((e, p)));
        out.sort_unstable();
        out
    }

    #[test]
    fn finds_every_phrase_starting_at_a_position() {
        let trie = PhraseTrie::new(["US", "U.S.", "United States", "the US", "us"]);
        assert_eq!(at(&trie, "the US said", 0), vec![(6, 3)]);
        assert_eq!(at(&trie, "the US said", 4), vec![(6, 0), (6, 4)]);
        assert_eq!(at(&trie, "United States of", 0), vec![(13, 2)]);
        assert_eq!(at(&trie, "us and them", 0), vec![(2, 0), (2, 4)]);
        assert_eq!(at(&trie, "x", 5), vec![]);
    }

    /// The same matches as the overlapping Aho-Corasick scan it replaces, for the
    /// matches that start at a given position.
    #[test]
    fn agrees_with_the_overlapping_automaton() {
        let phrases = [
            "prime minister",
            "Prime Minister",
            "minister",
            "foreign minister",
            "Mr",
            "é",
            "ÉLYSÉE",
            "Élysée",
            "the Kremlin",
            "Kremlin",
            "s",
        ];
        let text =
            "The Prime Minister met the kremlin's foreign ministers at the Élysée; MR ÉLYSÉE";
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(phrases)
            .expect("automaton");
        let trie = PhraseTrie::new(phrases);
        for start in 0..=text.len() {
            let mut want: Vec<(usize, usize)> = ac
                .find_overlapping_iter(text)
                .filter(|m| m.start() == start)
                .map(|m| (m.end(), m.pattern().as_usize()))
                .collect();
            want.sort_unstable();
            assert_eq!(at(&trie, text, start), want, "start {start}");
        }
    }

    /// A cased trie reports the matches of the case-insensitive one whose text
    /// is the phrase as written, or with its lowercase first letter capitalized.
    #[test]
    fn cased_keeps_the_matches_of_the_right_case() {
        let phrases = [
            "the Kremlin",
            "Kremlin",
            "US",
            "us",
            "U.S.",
            "Élysée",
            "élysée",
            "ÉLYSÉE",
            "kyiv",
            "3M",
        ];
        let text = "The Kremlin, the kremlin and THE KREMLIN: US us Us uS U.S. u.s. \
                    Élysée élysée ÉLYSÉE ÉLysée Kyiv kyiv KYIV 3M 3m";
        let folded = PhraseTrie::new(phrases);
        let cased = PhraseTrie::cased(phrases);
        for start in 0..=text.len() {
            let fits = |&(end, p): &(usize, usize)| {
                let (found, form) = (&text.as_bytes()[start..end], phrases[p].as_bytes());
                found == form
                    || (form[0].is_ascii_lowercase()
                        && found[0] == form[0].to_ascii_uppercase()
                        && found[1..] == form[1..])
            };
            let want: Vec<(usize, usize)> =
                at(&folded, text, start).into_iter().filter(fits).collect();
            assert_eq!(at(&cased, text, start), want, "start {start}");
        }
        assert_eq!(at(&cased, text, 0), vec![(11, 0)]);
    }
}
