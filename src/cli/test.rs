//! `fourd test [PATH...]`: golden-file script tests (see `testing.rs`).

use std::path::PathBuf;

#[derive(clap::Args)]
pub struct TestArgs {
    /// Test files or folders (default: tests/).
    paths: Vec<PathBuf>,
    /// Write the expected .out/.err files from this run (read the diff before committing).
    #[arg(long)]
    bless: bool,
    /// Tests to run at once (default: one per core).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Run the tests by walking syntax trees, without compiling methods (the
    /// compiled form must give the same results).
    #[arg(long)]
    tree_walk: bool,
}

pub fn run(args: TestArgs) -> i32 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("tests")]
    } else {
        args.paths
    };
    let stdout = std::io::stdout();
    let (_, failed) = crate::testing::run_tests(
        &paths,
        args.bless,
        args.jobs,
        args.tree_walk,
        &mut stdout.lock(),
    );
    if failed > 0 { 1 } else { 0 }
}
