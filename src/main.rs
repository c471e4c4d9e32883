//! The `fourd` command line: a thin shell around the library. The work runs on
//! a thread with a large stack, so deep (but bounded) 4D code never overflows it.

/// 4D code makes and drops many small values (texts, objects): mimalloc does
/// that in a fraction of glibc malloc's time (the objects benchmark spent a
/// third of its instructions in malloc and free).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let worker = std::thread::Builder::new()
        .name("fourd".into())
        .stack_size(fourd::cli::STACK_SIZE)
        .spawn(move || fourd::cli::main(args));
    let code = match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 101,
        Err(e) => {
            eprintln!("fourd: cannot start: {e}");
            2
        }
    };
    std::process::exit(code);
}
