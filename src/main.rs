//! The `fourd` command line: a thin shell around the library. The work runs on
//! a thread with a large stack, so deep (but bounded) 4D code never overflows it.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// 4D code makes and drops many small values (texts, objects): mimalloc does
/// that in a fraction of glibc malloc's time (the objects benchmark spent a
/// third of its instructions in malloc and free).
#[global_allocator]
static ALLOCATOR: Mimalloc = Mimalloc;

/// The alignment every `mi_malloc` block has (mimalloc's `MI_MAX_ALIGN_SIZE`
/// on 64-bit targets); a block of a smaller size is aligned to its size class.
const MI_MALLOC_ALIGN: usize = 16;

/// mimalloc, called as its C API is fastest: `mi_malloc` for every alignment
/// a plain block already has, `mi_malloc_aligned` only beyond. (The mimalloc
/// crate calls `mi_malloc_aligned` always, whose fast path gives up whenever
/// the size class's free list was just used up — in a loop that makes and
/// drops one text per pass that is every pass: ~160 instructions an
/// allocation instead of ~40.)
struct Mimalloc;

/// Whether a plain mimalloc block of `size` bytes meets `layout`'s alignment.
#[inline]
fn plain(layout: Layout, size: usize) -> bool {
    layout.align() <= MI_MALLOC_ALIGN && layout.align() <= size
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free`
// takes blocks of either kind); sizes and alignments are passed through.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = if plain(layout, layout.size()) {
            unsafe { mi::mi_malloc(layout.size()) }
        } else {
            unsafe { mi::mi_malloc_aligned(layout.size(), layout.align()) }
        };
        p.cast()
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = if plain(layout, layout.size()) {
            unsafe { mi::mi_zalloc(layout.size()) }
        } else {
            unsafe { mi::mi_zalloc_aligned(layout.size(), layout.align()) }
        };
        p.cast()
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = if plain(layout, new_size) {
            unsafe { mi::mi_realloc(ptr.cast::<c_void>(), new_size) }
        } else {
            unsafe { mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()) }
        };
        p.cast()
    }
}

/// mimalloc's `mi_option_purge_delay`, by its number in mimalloc's v3 header
/// (the Rust bindings do not name it).
const MI_OPTION_PURGE_DELAY: mi::mi_option_t = 15;

/// Freed memory goes back to the system a millisecond later, not ten: a
/// collection that doubles does not keep its old buffer while it grows on.
fn prompt_purge() {
    // SAFETY: a plain setter of one of mimalloc's global options.
    unsafe { mi::mi_option_set(MI_OPTION_PURGE_DELAY, 1) }
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
