//! `SEND PACKET` and `RECEIVE PACKET` on an open document (`commands-legacy/send-packet.md`,
//! `commands-legacy/receive-packet.md`): text in the process's character set (`USE CHARACTER
//! SET`, UTF-8 by default; the caller passes it), BLOBs as they are. Reading stops after a
//! count (characters for text, bytes for a BLOB) or at a stop string, which is consumed and
//! not returned; at the end of the document the data read so far comes back with `OK` 1, and
//! the next call gets nothing with `OK` 0.

use super::charset::{self, Charset};
use super::documents::Handle;
use super::error::FileError;
use super::space::Files;
use std::io::{Read, Seek, SeekFrom, Write};

/// What `SEND PACKET` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packet<'a> {
    Text(&'a str),
    Blob(&'a [u8]),
}

/// Where `RECEIVE PACKET` stops: after `numBytes`, or at `stopChar` (an empty one reads to
/// the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until<'a> {
    Count(i64),
    Stop(&'a str),
}

/// What `RECEIVE PACKET` read, of the receiving variable's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    Text(String),
    Blob(Vec<u8>),
}

/// `RECEIVE PACKET`'s data and the `OK` it sets (false only when nothing was left to read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedPacket {
    pub data: Received,
    pub ok: bool,
}

/// How much a stop-string search reads at a time.
const CHUNK: u64 = 64 * 1024;

impl Files {
    /// `SEND PACKET(docRef; packet)`: writes at the document's position and moves it past
    /// the data. Text is encoded in `charset` (no BOM); -61 for a document in `Read Mode`.
    pub fn send_packet(
        &mut self,
        doc: i64,
        packet: Packet,
        charset: Charset,
    ) -> Result<(), FileError> {
        let handle = self.documents.get(doc)?;
        if !handle.mode.writes() {
            return Err(FileError::mode(&handle.shown, "writing"));
        }
        let encoded;
        let bytes = match packet {
            Packet::Text(text) => {
                encoded = charset::encode(text, charset, false);
                &encoded[..]
            }
            Packet::Blob(bytes) => bytes,
        };
        let shown = handle.shown.clone();
        handle
            .file
            .write_all(bytes)
            .map_err(|e| FileError::from_io(&shown, &e))
    }

    /// `RECEIVE PACKET(docRef; receiveVar; stopChar | numBytes)`. `text` is the charset for a
    /// Text variable (`None` for a BLOB). At the document's start a BOM of a Unicode charset
    /// is skipped and its charset used from then on. -61 for a document in `Write Mode`, -50
    /// for a negative count.
    pub fn receive_packet(
        &mut self,
        doc: i64,
        until: Until,
        text: Option<Charset>,
    ) -> Result<ReceivedPacket, FileError> {
        let handle = self.documents.get(doc)?;
        if !handle.mode.reads() {
            return Err(FileError::mode(&handle.shown, "reading"));
        }
        let shown = handle.shown.clone();
        let io = |e: std::io::Error| FileError::from_io(&shown, &e);
        let length = handle.file.metadata().map_err(io)?.len();
        let mut start = handle.file.stream_position().map_err(io)?;
        if start >= length {
            let data = match text {
                Some(_) => Received::Text(String::new()),
                None => Received::Blob(Vec::new()),
            };
            return Ok(ReceivedPacket { data, ok: false });
        }
        let mut charset = text;
        if let Some(cs) = text
            && cs.is_unicode()
            && start == 0
        {
            start = skip_bom(handle).map_err(io)?;
        }
        if text.is_some() {
            charset = handle.bom_charset.or(charset);
        }
        let bytes = match until {
            Until::Count(n) => {
                let n = u64::try_from(n).map_err(|_| FileError::parameter("negative count"))?;
                read_count(handle, start, n, charset).map_err(io)?
            }
            Until::Stop(stop) => {
                let needle = charset::encode(stop, charset.unwrap_or(Charset::Utf8), false);
                let width = charset.map_or(1, charset::unit_width);
                read_until(handle, &needle, width).map_err(io)?
            }
        };
        let data = match charset {
            Some(cs) => Received::Text(charset::decode_plain(&bytes, cs)),
            None => Received::Blob(bytes),
        };
        Ok(ReceivedPacket { data, ok: true })
    }
}

/// At a document's start: skips a BOM (remembering its charset); the position after it.
fn skip_bom(handle: &mut Handle) -> std::io::Result<u64> {
    let mut head = Vec::with_capacity(4);
    (&mut handle.file).take(4).read_to_end(&mut head)?;
    let skip = match Charset::sniff_bom(&head) {
        Some((found, len)) => {
            handle.bom_charset = Some(found);
            len
        }
        None => 0,
    };
    handle.file.seek(SeekFrom::Start(skip as u64))
}

/// `n` characters of text in `charset`, or `n` bytes for a BLOB (`None`), from `start`.
fn read_count(
    handle: &mut Handle,
    start: u64,
    n: u64,
    charset: Option<Charset>,
) -> std::io::Result<Vec<u8>> {
    // The widest character of any charset fourd reads fits in 8 bytes (ISO-2022-JP's escape
    // and a double-byte character).
    let want = match charset {
        Some(_) => n.saturating_mul(8),
        None => n,
    };
    let mut buf = Vec::new();
    (&mut handle.file).take(want).read_to_end(&mut buf)?;
    if let Some(cs) = charset {
        let used = charset::prefix_of_chars(&buf, cs, usize::try_from(n).unwrap_or(usize::MAX));
        buf.truncate(used);
        handle.file.seek(SeekFrom::Start(start + used as u64))?;
    }
    Ok(buf)
}

/// The bytes up to `needle` (which is consumed), or to the end when it is not found or
/// empty. A match must start on a multiple of `width` bytes from the current position.
fn read_until(handle: &mut Handle, needle: &[u8], width: usize) -> std::io::Result<Vec<u8>> {
    let start = handle.file.stream_position()?;
    let mut buf = Vec::new();
    let mut from = 0usize;
    loop {
        let got = (&mut handle.file).take(CHUNK).read_to_end(&mut buf)?;
        if !needle.is_empty() {
            let mut i = from;
            while i + needle.len() <= buf.len() {
                if buf[i..].starts_with(needle) {
                    handle
                        .file
                        .seek(SeekFrom::Start(start + (i + needle.len()) as u64))?;
                    buf.truncate(i);
                    return Ok(buf);
                }
                i += width;
            }
            from = i;
        }
        if got == 0 {
            return Ok(buf);
        }
    }
}
