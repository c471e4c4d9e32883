//! Compiles 4D's command and constant tables (`src/names/*.tsv`) into the binary,
//! so the lexer knows every name without reading a file at run time.
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

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
}
