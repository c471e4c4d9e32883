//! Byte offsets to the line and column a person reads in an editor.

/// The 1-based line and column of `byte_offset` in `text`. Columns count Unicode scalar values,
/// so a caret lands under the right character after non-ASCII text. An offset past the end is
/// clamped to the end; one inside a multi-byte character counts as that character.
pub fn line_col(text: &str, byte_offset: usize) -> (usize, usize) {
    let mut offset = byte_offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}
