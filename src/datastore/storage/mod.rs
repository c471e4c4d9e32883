//! Storage: a column store per table ([`table::TableData`]), sorted indexes
//! ([`index::SortedIndex`]) and record-number bitsets ([`bitset::RecSet`]).

pub mod bitset;
pub mod column;
pub mod index;
pub mod table;
