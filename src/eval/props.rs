//! An object's properties: a list in creation order — the order `OB Keys`,
//! `For each` and `JSON Stringify` show — with a hash index beside it once the
//! object grows past a few keys.
//!
//! Why both: most 4D objects have a handful of properties, and a linear scan
//! of a short list beats hashing the name; but objects used as dictionaries
//! (a key per customer, per word) reach hundreds of thousands of keys, where a
//! scan per lookup made filling one quadratic (issue 21: 44 s for 200,000
//! keys). The index maps a name to its position in the list; it is built the
//! first time the list passes [`INDEX_FROM`] keys and kept in step by every
//! change, which goes through this type.

use super::value::Value;
use std::collections::HashMap;
use std::ops::Deref;
use std::rc::Rc;

/// The number of keys from which lookups go through the index: below it a
/// scan compares fewer bytes than hashing the name would read.
const INDEX_FROM: usize = 12;

/// Property names and values, in creation order; names are case-sensitive.
/// An enum so that it stays the size of a `Vec` (the index case is boxed and
/// the `Vec`'s capacity leaves room for the tag): `Object` stays 40 bytes.
#[derive(Debug, Clone)]
pub enum Props {
    Small(Vec<(Rc<str>, Value)>),
    Indexed(Box<Indexed>),
}

/// A long property list and the name → position map beside it.
#[derive(Debug, Clone)]
pub struct Indexed {
    list: Vec<(Rc<str>, Value)>,
    index: HashMap<Rc<str>, usize>,
}

impl Default for Props {
    fn default() -> Props {
        Props::Small(Vec::new())
    }
}

impl Props {
    pub fn with_capacity(n: usize) -> Props {
        Props::Small(Vec::with_capacity(n))
    }

    /// The position of a property, if the object has it.
    pub fn position(&self, key: &str) -> Option<usize> {
        match self {
            Props::Small(list) => list.iter().position(|(k, _)| &**k == key),
            Props::Indexed(big) => big.index.get(key).copied(),
        }
    }

    fn list_mut(&mut self) -> &mut Vec<(Rc<str>, Value)> {
        match self {
            Props::Small(list) => list,
            Props::Indexed(big) => &mut big.list,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.position(key).map(|i| &self[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        let i = self.position(key)?;
        Some(&mut self.list_mut()[i].1)
    }

    /// Sets a property, adding it last when the object lacks it.
    pub fn set(&mut self, key: Rc<str>, value: Value) {
        match self.position(&key) {
            Some(i) => self.list_mut()[i].1 = value,
            None => self.push_new(key, value),
        }
    }

    /// Adds a property the caller knows the object lacks (a copy, a parse
    /// that already refused duplicates); else use [`Props::set`].
    pub fn push_new(&mut self, key: Rc<str>, value: Value) {
        match self {
            Props::Small(list) => {
                list.push((key, value));
                if list.len() > INDEX_FROM {
                    *self = Props::indexed(std::mem::take(list));
                }
            }
            Props::Indexed(big) => {
                big.index.insert(key.clone(), big.list.len());
                big.list.push((key, value));
            }
        }
    }

    /// Removes a property, keeping the others in order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.position(key)?;
        match self {
            Props::Small(list) => Some(list.remove(i).1),
            Props::Indexed(big) => {
                let (_, value) = big.list.remove(i);
                big.index.remove(key);
                for (k, _) in &big.list[i..] {
                    if let Some(at) = big.index.get_mut(k) {
                        *at -= 1;
                    }
                }
                Some(value)
            }
        }
    }

    /// The values, to change in place (names stay as they are).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.list_mut().iter_mut().map(|(_, v)| v)
    }

    pub fn clear(&mut self) {
        *self = Props::default();
    }

    fn indexed(list: Vec<(Rc<str>, Value)>) -> Props {
        let mut index = HashMap::with_capacity(list.len() * 2);
        for (i, (k, _)) in list.iter().enumerate() {
            // A list given whole may repeat a name: the first one is the one
            // a linear scan finds, so it stays the one found.
            index.entry(k.clone()).or_insert(i);
        }
        Props::Indexed(Box::new(Indexed { list, index }))
    }
}

/// Reading the list as a slice: `iter()`, `len()`, `is_empty()`, `[i]`.
impl Deref for Props {
    type Target = [(Rc<str>, Value)];
    fn deref(&self) -> &Self::Target {
        match self {
            Props::Small(list) => list,
            Props::Indexed(big) => &big.list,
        }
    }
}

impl From<Vec<(Rc<str>, Value)>> for Props {
    fn from(list: Vec<(Rc<str>, Value)>) -> Props {
        if list.len() > INDEX_FROM {
            Props::indexed(list)
        } else {
            Props::Small(list)
        }
    }
}

impl FromIterator<(Rc<str>, Value)> for Props {
    fn from_iter<I: IntoIterator<Item = (Rc<str>, Value)>>(iter: I) -> Props {
        Props::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl<'a> IntoIterator for &'a Props {
    type Item = &'a (Rc<str>, Value);
    type IntoIter = std::slice::Iter<'a, (Rc<str>, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: usize) -> Rc<str> {
        Rc::from(format!("k{i}"))
    }

    /// Order and lookups agree with a plain list through growth past the
    /// index threshold and removals from the middle.
    #[test]
    fn props_are_the_size_of_a_vec() {
        assert_eq!(
            std::mem::size_of::<Props>(),
            std::mem::size_of::<Vec<(Rc<str>, Value)>>()
        );
    }

    #[test]
    fn the_index_stays_in_step_with_the_list() {
        let mut p = Props::default();
        for i in 0..100 {
            p.set(key(i), Value::int(i as i64));
        }
        for i in (0..100).step_by(3) {
            assert!(p.remove(&format!("k{i}")).is_some());
        }
        p.set(key(0), Value::int(1000));
        let names: Vec<String> = p.iter().map(|(k, _)| k.to_string()).collect();
        let mut expected: Vec<String> = (0..100)
            .filter(|i| i % 3 != 0)
            .map(|i| format!("k{i}"))
            .collect();
        expected.push("k0".into());
        assert_eq!(names, expected);
        for (i, name) in expected.iter().enumerate() {
            assert_eq!(p.position(name), Some(i), "{name}");
        }
        assert!(p.get("k3").is_none());
        assert!(p.get("K1").is_none(), "names are case-sensitive");
    }
}
