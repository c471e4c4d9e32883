//! An index: the record numbers of a table sorted by one field's value (then by record
//! number), kept in blocks of at most [`BLOCK`] entries. The keys are not copied: every
//! comparison reads the column, so an index costs 4 bytes a record. Inserting or
//! removing touches one block (a memmove of at most 2 KB) after a binary search over the
//! blocks' first entries; a search is two binary searches.

use std::cmp::Ordering;

/// The most entries in one block; a full block splits in two.
pub const BLOCK: usize = 512;

/// A place in the index: block and position in the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub block: usize,
    pub offset: usize,
}

/// Record numbers in key order.
#[derive(Debug, Clone, Default)]
pub struct SortedIndex {
    blocks: Vec<Vec<u32>>,
    len: usize,
}

impl SortedIndex {
    pub fn new() -> SortedIndex {
        SortedIndex::default()
    }

    /// Builds an index from all `recs` at once (a sort, then blocks).
    pub fn build(mut recs: Vec<u32>, cmp: impl Fn(u32, u32) -> Ordering) -> SortedIndex {
        recs.sort_unstable_by(|&a, &b| cmp(a, b));
        let len = recs.len();
        let blocks = recs.chunks(BLOCK / 2).map(<[u32]>::to_vec).collect();
        SortedIndex { blocks, len }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The first place whose record is not `Less` than the probe, by `key` (which tells
    /// how a record's key compares with the probe). `key` must be monotone over the index.
    pub fn lower_bound(&self, key: impl Fn(u32) -> Ordering) -> Pos {
        self.partition(|rec| key(rec) == Ordering::Less)
    }

    /// The first place whose record is `Greater` than the probe.
    pub fn upper_bound(&self, key: impl Fn(u32) -> Ordering) -> Pos {
        self.partition(|rec| key(rec) != Ordering::Greater)
    }

    /// The first place where `before` turns false (`before` is true then false along the
    /// index).
    fn partition(&self, before: impl Fn(u32) -> bool) -> Pos {
        // The first block whose first entry is not before; the answer is in the block
        // ahead of it (or at its start).
        let b = self.blocks.partition_point(|blk| before(blk[0]));
        if b == 0 {
            return Pos {
                block: 0,
                offset: 0,
            };
        }
        let blk = &self.blocks[b - 1];
        let offset = blk.partition_point(|&r| before(r));
        if offset == blk.len() {
            Pos {
                block: b,
                offset: 0,
            }
        } else {
            Pos {
                block: b - 1,
                offset,
            }
        }
    }

    /// The records from `from` (included) to `to` (excluded), in index order.
    pub fn range(&self, from: Pos, to: Pos) -> impl Iterator<Item = u32> + '_ {
        let blocks = &self.blocks;
        (from.block..blocks.len().min(to.block + 1)).flat_map(move |b| {
            let start = if b == from.block { from.offset } else { 0 };
            let end = if b == to.block {
                to.offset
            } else {
                blocks[b].len()
            };
            blocks[b][start.min(end)..end].iter().copied()
        })
    }

    /// Every record in index order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.blocks.iter().flatten().copied()
    }

    /// Adds `rec`, ordered by `cmp` (a total order: value, then record number).
    pub fn insert(&mut self, rec: u32, cmp: impl Fn(u32, u32) -> Ordering) {
        self.len += 1;
        if self.blocks.is_empty() {
            self.blocks.push(vec![rec]);
            return;
        }
        // Appending in order (sequential ids) is the common case: no search.
        let last = self.blocks.len() - 1;
        let b = if cmp(*self.blocks[last].last().unwrap_or(&rec), rec) == Ordering::Less {
            last
        } else {
            self.blocks
                .partition_point(|blk| cmp(blk[0], rec) == Ordering::Less)
                .saturating_sub(1)
        };
        let blk = &mut self.blocks[b];
        let at = blk.partition_point(|&r| cmp(r, rec) == Ordering::Less);
        blk.insert(at, rec);
        if blk.len() > BLOCK {
            let tail = blk.split_off(BLOCK / 2);
            self.blocks.insert(b + 1, tail);
        }
    }

    /// Removes `rec`, found by `cmp` as it was inserted; false when it is not there.
    pub fn remove(&mut self, rec: u32, cmp: impl Fn(u32, u32) -> Ordering) -> bool {
        let b = self
            .blocks
            .partition_point(|blk| cmp(blk[0], rec) != Ordering::Greater)
            .saturating_sub(1);
        let Some(blk) = self.blocks.get_mut(b) else {
            return false;
        };
        let Ok(at) = blk.binary_search_by(|&r| cmp(r, rec)) else {
            return false;
        };
        blk.remove(at);
        self.len -= 1;
        if blk.is_empty() {
            self.blocks.remove(b);
        }
        true
    }

    /// Bytes of memory held, roughly.
    pub fn heap_bytes(&self) -> usize {
        self.blocks.iter().map(|b| b.capacity() * 4 + 24).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_remove_and_search_agree_with_a_sorted_vector() {
        let keys: Vec<i64> = (0..3000).map(|i| (i * 7919) % 1013).collect();
        let cmp = |a: u32, b: u32| keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b));
        let mut idx = SortedIndex::new();
        for r in 0..keys.len() as u32 {
            idx.insert(r, cmp);
        }
        for r in (0..keys.len() as u32).step_by(3) {
            assert!(idx.remove(r, cmp));
        }
        assert!(!idx.remove(0, cmp));
        let mut expect: Vec<u32> = (0..keys.len() as u32).filter(|r| r % 3 != 0).collect();
        expect.sort_by(|&a, &b| cmp(a, b));
        assert_eq!(idx.iter().collect::<Vec<_>>(), expect);
        assert_eq!(idx.len(), expect.len());
        let probe = 500;
        let key = |r: u32| keys[r as usize].cmp(&probe);
        let found: Vec<u32> = idx
            .range(idx.lower_bound(key), idx.upper_bound(key))
            .collect();
        let want: Vec<u32> = expect
            .iter()
            .copied()
            .filter(|&r| keys[r as usize] == probe)
            .collect();
        assert_eq!(found, want);
        let built = SortedIndex::build(expect.clone(), cmp);
        assert_eq!(built.iter().collect::<Vec<_>>(), expect);
    }
}
