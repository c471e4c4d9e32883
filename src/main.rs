//! The `fourd` command line: a thin shell around the library. The work runs on
//! a thread with a large stack, so deep (but bounded) 4D code never overflows it.

/// 4D code makes and drops many small values (texts, objects): mimalloc does
/// that in a fraction of glibc malloc's time (the objects benchmark spent a
/// third of its instructions in malloc and free).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`, by its number in mimalloc's v3 header
/// (the Rust bindings do not name it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system a millisecond later, not ten: a
/// collection that doubles does not keep its old buffer while it grows on.
fn prompt_purge() {
    // SAFETY: a plain setter of one of mimalloc's global options.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1) }
}

fn main() {
    prompt_purge();
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
