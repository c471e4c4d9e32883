//! Compiles 4D's command and constant tables (`src/names/*.tsv`) into the binary,
//! so the lexer knows every name without reading a file at run time.
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

// The legacy command names and system variables, shared with src/names/phrase.rs.
#[allow(dead_code)]
mod extra {
    include!("src/names/extra_names.rs");
}

// The phrase hash, shared with src/names/phrase.rs.
include!("src/names/phrase_hash.rs");

fn main() {
    let commands = fs::read_to_string("src/names/commands.tsv").expect("src/names/commands.tsv");
    let constants = fs::read_to_string("src/names/constants.tsv").expect("src/names/constants.tsv");
    println!("cargo:rerun-if-changed=src/names/commands.tsv");
    println!("cargo:rerun-if-changed=src/names/constants.tsv");

    let mut out = String::new();
    out.push_str("/// Every 4D command: one row of `src/names/commands.tsv`.\n");
    out.push_str("pub static COMMANDS: &[CommandInfo] = &[\n");
    for (i, line) in commands.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 4,
            "commands.tsv line {}: expected 4 columns",
            i + 1
        );
        let number: u32 = cols[0]
            .parse()
            .unwrap_or_else(|_| panic!("commands.tsv line {}: bad number", i + 1));
        let safe = match cols[2] {
            "yes" => "ThreadSafety::Safe",
            "no" => "ThreadSafety::Unsafe",
            _ => "ThreadSafety::Unknown",
        };
        writeln!(
            out,
            "    CommandInfo {{ number: {number}, name: {:?}, thread_safety: {safe}, theme: {:?} }},",
            cols[1], cols[3]
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    out.push_str("/// Every 4D constant: one row of `src/names/constants.tsv`.\n");
    out.push_str("pub static CONSTANTS: &[ConstantInfo] = &[\n");
    for (i, line) in constants.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 6,
            "constants.tsv line {}: expected 6 columns",
            i + 1
        );
        let token = match (cols[1].parse::<u32>(), cols[2].parse::<u32>()) {
            (Ok(t), Ok(p)) => format!("Some(({t}, {p}))"),
            _ => "None".to_string(),
        };
        let value = match (cols[3], cols[4]) {
            (_, "") => "ConstValue::Unknown".to_string(),
            ("text", v) => format!("ConstValue::Text({v:?})"),
            (_, v) => match v.parse::<i64>() {
                Ok(n) => format!("ConstValue::Integer({n})"),
                Err(_) => match v.parse::<f64>() {
                    Ok(x) => format!("ConstValue::Real({x:?})"),
                    Err(_) => format!("ConstValue::Text({v:?})"),
                },
            },
        };
        writeln!(
            out,
            "    ConstantInfo {{ name: {:?}, token: {token}, value: {value}, theme: {:?} }},",
            cols[0], cols[5]
        )
        .unwrap();
    }
    out.push_str("];\n");

    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("name_tables.rs");
    fs::write(dest, out).unwrap();

    println!("cargo:rerun-if-changed=src/names/extra_names.rs");
    println!("cargo:rerun-if-changed=src/names/phrase_hash.rs");
    let phrases = builtin_phrases(&rows(&commands), &rows(&constants));
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_phrases.rs");
    fs::write(dest, phrases).unwrap();
}

/// The data rows of a table (header and blank lines left out), split in columns:
/// their positions are the ids the generated tables give them.
fn rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect()
}

/// Lower-cases a name and collapses runs of blanks: `names::phrase::normalize`,
/// which a unit test holds this table to.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    for word in name.split([' ', '\t']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[derive(Default)]
struct Phrase {
    is_prefix: bool,
    system_variable: bool,
    command: Option<usize>,
    constant: Option<usize>,
}

/// The phrase table of 4D's own names: every normalized command, constant,
/// legacy command name and system variable, and every phrase that begins one.
fn builtin_phrases(commands: &[Vec<&str>], constants: &[Vec<&str>]) -> String {
    let mut map: std::collections::BTreeMap<String, Phrase> = Default::default();
    let mut insert = |name: &str, set: &mut dyn FnMut(&mut Phrase)| {
        let key = normalize(name);
        if key.is_empty() {
            return;
        }
        for (end, _) in key.match_indices(' ') {
            map.entry(key[..end].to_string()).or_default().is_prefix = true;
        }
        set(map.entry(key).or_default());
    };
    for (i, c) in commands.iter().enumerate() {
        insert(c[1], &mut |p| p.command = Some(i));
    }
    for (i, c) in constants.iter().enumerate() {
        insert(c[0], &mut |p| p.constant = Some(i));
    }
    for &(name, number) in extra::LEGACY_COMMAND_NAMES {
        let number = number.to_string();
        if let Some(i) = commands.iter().position(|c| c[0] == number) {
            insert(name, &mut |p| p.command = p.command.or(Some(i)));
        }
    }
    for name in extra::SYSTEM_VARIABLES {
        insert(name, &mut |p| p.system_variable = true);
    }
    let mut out = String::from(
        "/// 4D's names, normalized, with every prefix of a multi-word one (build.rs).\n\
         static BUILTIN_PHRASES: &[BuiltinPhrase] = &[\n",
    );
    for (key, p) in &map {
        writeln!(
            out,
            "    BuiltinPhrase {{ key: {key:?}, is_prefix: {}, system_variable: {}, command: {:?}, constant: {:?} }},",
            p.is_prefix, p.system_variable, p.command, p.constant
        )
        .unwrap();
    }
    out.push_str("];\n");
    out.push_str(&builtin_slots(map.keys()));
    out
}

/// The builtin phrase table's hash slots: for each of `1 << bits` slots (at
/// least twice as many as rows), the row whose key is there, or `u16::MAX`;
/// a key sits at its `builtin_slot` or after it (linear probing).
fn builtin_slots<'a>(keys: impl ExactSizeIterator<Item = &'a String>) -> String {
    let rows = keys.len();
    assert!(
        rows < u16::MAX as usize,
        "too many builtin phrases for u16 rows"
    );
    let bits = (rows * 2).next_power_of_two().trailing_zeros();
    let mask = (1usize << bits) - 1;
    let mut slots = vec![u16::MAX; 1 << bits];
    for (row, key) in keys.enumerate() {
        let mut slot = builtin_slot(key, bits);
        while slots[slot] != u16::MAX {
            slot = (slot + 1) & mask;
        }
        slots[slot] = row as u16;
    }
    let mut out = format!(
        "/// log2 of the number of `BUILTIN_SLOTS` (build.rs).\n\
         const BUILTIN_SLOT_BITS: u32 = {bits};\n\
         /// The hash slots of `BUILTIN_PHRASES` (build.rs): a row, or `u16::MAX` for none.\n\
         static BUILTIN_SLOTS: [u16; {}] = [",
        slots.len()
    );
    for (i, s) in slots.iter().enumerate() {
        if i % 24 == 0 {
            out.push_str("\n   ");
        }
        write!(out, " {s},").unwrap();
    }
    out.push_str("\n];\n");
    out
}
