//! A fixed set of words, numbered, looked up by a token's text.
//!
//! The pattern matcher looks every token of every sentence up in the vocabulary
//! of each pattern set (relations, cues, stance words), several million lookups
//! per 10 MB of text, and most tokens are not there. A general hash map hashes
//! the whole string byte by byte and then compares it; this table keys a word by
//! its length and two 8-byte loads, which determine any word of up to 16 bytes,
//! so a lookup is a few arithmetic operations and one or two probes.

/// A word's fixed-size key: its length and two words read from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    len: usize,
    a: u64,
    b: u64,
}

/// Words longer than this are also compared byte by byte.
const EXACT_LEN: usize = 16;

fn le_u64(bytes: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    buf.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(buf)
}

fn le_u32(bytes: &[u8]) -> u64 {
    let mut buf = [0u8; 4];
    buf.copy_from_slice(&bytes[..4]);
    u64::from(u32::from_le_bytes(buf))
}

impl Key {
    /// The key of `w`: with the length, the first and last 8 bytes (4 bytes for
    /// words of 4 to 7 bytes, every byte below that) fix a word of up to 16 bytes.
    #[inline]
    fn of(w: &[u8]) -> Key {
        let len = w.len();
        let (a, b) = if len >= 8 {
            (le_u64(w), le_u64(&w[len - 8..]))
        } else if len >= 4 {
            (le_u32(w), le_u32(&w[len - 4..]))
        } else if len > 0 {
            let bytes = u64::from(w[0]) | u64::from(w[len / 2]) << 8 | u64::from(w[len - 1]) << 16;
            (bytes, 0)
        } else {
            (0, 0)
        };
        Key { len, a, b }
    }

    #[inline]
    fn hash(&self) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        (self.a ^ self.b.rotate_left(29) ^ (self.len as u64).rotate_left(58))
            .wrapping_mul(K)
            .rotate_left(26)
            .wrapping_mul(K)
    }
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    key: Key,
    id: u32,
}

/// Words numbered in the order they were added; [`WordTable::get`] gives a
/// word's number.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordTable {
    /// Open addressing, linear probing; a power of two long, at most a quarter full.
    slots: Vec<Option<Slot>>,
    /// The words, by number (compared in full when longer than [`EXACT_LEN`]).
    words: Vec<Box<str>>,
}

impl WordTable {
    /// The number of `word`, adding it when it is new.
    pub(crate) fn intern(&mut self, word: &str) -> u32 {
        if let Some(id) = self.get(word) {
            return id;
        }
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.words.push(word.into());
        if self.slots.len() < 4 * self.words.len() {
            self.rebuild((4 * self.words.len()).next_power_of_two().max(16));
        } else {
            self.place(Key::of(word.as_bytes()), id);
        }
        id
    }

    /// The number of `word`, if the table holds it.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let key = Key::of(word.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() as usize) & mask;
        while let Some(slot) = &self.slots[i] {
            if slot.key == key && (key.len <= EXACT_LEN || *self.words[slot.id as usize] == *word) {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// A table of `words`, numbered in their order: a fixed word list tested at
    /// every token is then one lookup instead of a comparison per entry.
    pub(crate) fn from_words(words: &[&str]) -> Self {
        let mut table = WordTable::default();
        for w in words {
            table.intern(w);
        }
        table
    }

    /// Whether the table holds `word`.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many words the table holds.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    fn rebuild(&mut self, capacity: usize) {
        self.slots = vec![None; capacity];
        for id in 0..self.words.len() {
            let key = Key::of(self.words[id].as_bytes());
            self.place(key, u32::try_from(id).unwrap_or(u32::MAX));
        }
    }

    fn place(&mut self, key: Key, id: u32) {
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() as usize) & mask;
        while self.slots[i].is_some() {
            i = (i + 1) & mask;
        }
        self.slots[i] = Some(Slot { key, id });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_length_are_told_apart() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "cab",
            "aba",
            "abcd",
            "abdc",
            "abcde",
            "abcdf",
            "-",
            "'s",
            "n't",
            "meeting",
            "meetings",
            "agreement",
            "agreements",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefghijklmnopq",
            "abcdefghXjklmnopq",
            "counter-offensive",
            "counter-offensives",
            "ré",
            "ministère",
        ];
        let mut table = WordTable::default();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.intern(w) as usize, i, "{w}");
        }
        assert_eq!(table.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(i as u32), "{w}");
            assert_eq!(table.intern(w) as usize, i, "{w}");
        }
        for w in [
            "abcdx",
            "aab",
            "c",
            "meetinG",
            "abcdefghijklmnoX",
            "abcdefghijklmnopr",
        ] {
            assert_eq!(table.get(w), None, "{w}");
        }
        assert_eq!(WordTable::default().get("a"), None);
    }
}
