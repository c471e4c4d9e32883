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
#[derive(Debug, Default, Clone)]
pub struct Props {
    list: Vec<(Rc<str>, Value)>,
    /// Name → position in `list`, once `list` is long; boxed so an object
    /// without one stays small (one pointer, not a 48-byte map).
    #[allow(clippy::box_collection)]
    index: Option<Box<HashMap<Rc<str>, usize>>>,
}

impl Props {
    pub fn with_capacity(n: usize) -> Props {
        Props {
            list: Vec::with_capacity(n),
            index: None,
        }
    }

    /// The position of a property, if the object has it.
    pub fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.list.iter().position(|(k, _)| &**k == key),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.position(key).map(|i| &self.list[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.position(key).map(|i| &mut self.list[i].1)
    }

    /// Sets a property, adding it last when the object lacks it.
    pub fn set(&mut self, key: Rc<str>, value: Value) {
        match self.position(&key) {
            Some(i) => self.list[i].1 = value,
            None => self.push_new(key, value),
        }
    }

    /// Adds a property the caller knows the object lacks (a copy, a parse
    /// that already refused duplicates); else use [`Props::set`].
    pub fn push_new(&mut self, key: Rc<str>, value: Value) {
        if let Some(index) = &mut self.index {
            index.insert(key.clone(), self.list.len());
        }
        self.list.push((key, value));
        if self.index.is_none() && self.list.len() > INDEX_FROM {
            self.build_index();
        }
    }

    /// Removes a property, keeping the others in order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.position(key)?;
        let (_, value) = self.list.remove(i);
        if let Some(index) = &mut self.index {
            index.remove(key);
            for (k, _) in &self.list[i..] {
                if let Some(at) = index.get_mut(k) {
                    *at -= 1;
                }
            }
        }
        Some(value)
    }

    /// The values, to change in place (names stay as they are).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.list.iter_mut().map(|(_, v)| v)
    }

    pub fn clear(&mut self) {
        self.list.clear();
        self.index = None;
    }

    fn build_index(&mut self) {
        let mut index = HashMap::with_capacity(self.list.len() * 2);
        for (i, (k, _)) in self.list.iter().enumerate() {
            // A list given whole may repeat a name: the first one is the one
            // a linear scan finds, so it stays the one found.
            index.entry(k.clone()).or_insert(i);
        }
        self.index = Some(Box::new(index));
    }
}

/// Reading the list as a slice: `iter()`, `len()`, `is_empty()`, `[i]`.
impl Deref for Props {
    type Target = [(Rc<str>, Value)];
    fn deref(&self) -> &Self::Target {
        &self.list
    }
}

impl From<Vec<(Rc<str>, Value)>> for Props {
    fn from(list: Vec<(Rc<str>, Value)>) -> Props {
        let mut props = Props { list, index: None };
        if props.list.len() > INDEX_FROM {
            props.build_index();
        }
        props
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
        self.list.iter()
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
