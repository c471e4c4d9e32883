//! A set of record numbers as a bitset: 4D's sets (`CREATE SET`, `UNION`…), query
//! intermediate results and the table's live-record map. One bit per record number, so
//! a million records take 125 KB and set operations run a word at a time.

/// Record numbers `0..capacity` as bits.
#[derive(Debug, Clone, Default)]
pub struct RecSet {
    words: Vec<u64>,
}

/// Equal when they hold the same numbers, however many words each has grown to.
impl PartialEq for RecSet {
    fn eq(&self, other: &RecSet) -> bool {
        let n = self.words.len().max(other.words.len());
        (0..n).all(|i| {
            self.words.get(i).copied().unwrap_or(0) == other.words.get(i).copied().unwrap_or(0)
        })
    }
}

impl Eq for RecSet {}

impl RecSet {
    /// An empty set.
    pub fn new() -> RecSet {
        RecSet { words: Vec::new() }
    }

    /// A set holding every number of `0..n`.
    pub fn full(n: usize) -> RecSet {
        let mut words = vec![u64::MAX; n / 64];
        if !n.is_multiple_of(64) {
            words.push((1u64 << (n % 64)) - 1);
        }
        RecSet { words }
    }

    /// The set of the given numbers.
    pub fn from_recs(recs: impl IntoIterator<Item = u32>) -> RecSet {
        let mut s = RecSet::new();
        for r in recs {
            s.insert(r);
        }
        s
    }

    pub fn contains(&self, rec: u32) -> bool {
        self.words
            .get(rec as usize / 64)
            .is_some_and(|w| w & (1 << (rec % 64)) != 0)
    }

    pub fn insert(&mut self, rec: u32) {
        let w = rec as usize / 64;
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        self.words[w] |= 1 << (rec % 64);
    }

    pub fn remove(&mut self, rec: u32) {
        if let Some(w) = self.words.get_mut(rec as usize / 64) {
            *w &= !(1 << (rec % 64));
        }
    }

    /// How many numbers the set holds (`Records in set`).
    pub fn len(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// The numbers in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some(i as u32 * 64 + bit)
            })
        })
    }

    /// The numbers in ascending order, as a vector.
    pub fn to_vec(&self) -> Vec<u32> {
        let mut v = Vec::with_capacity(self.len());
        v.extend(self.iter());
        v
    }

    /// `UNION`: every number of either set.
    pub fn union_with(&mut self, other: &RecSet) {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// `INTERSECTION`: the numbers of both sets.
    pub fn intersect_with(&mut self, other: &RecSet) {
        for (i, a) in self.words.iter_mut().enumerate() {
            *a &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    /// `DIFFERENCE`: the numbers of this set not in `other`.
    pub fn subtract(&mut self, other: &RecSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        // docs/commands-legacy/union.md, intersection.md, difference.md: A∪B, A∩B, A−B.
        let a = RecSet::from_recs([1, 3, 5, 64, 200]);
        let b = RecSet::from_recs([3, 4, 200, 1000]);
        let mut u = a.clone();
        u.union_with(&b);
        assert_eq!(u.to_vec(), [1, 3, 4, 5, 64, 200, 1000]);
        let mut i = a.clone();
        i.intersect_with(&b);
        assert_eq!(i.to_vec(), [3, 200]);
        let mut d = a.clone();
        d.subtract(&b);
        assert_eq!(d.to_vec(), [1, 5, 64]);
        assert_eq!(RecSet::full(130).len(), 130);
        assert!(!RecSet::full(130).contains(130));
        assert!(RecSet::new().is_empty());
    }
}
