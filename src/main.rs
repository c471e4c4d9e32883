//! The `fourd` command line: a thin shell around the library.

fn main() {
    println!("fourd {}", env!("CARGO_PKG_VERSION"));
}
