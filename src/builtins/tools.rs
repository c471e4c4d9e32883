//! Tools: Base64 (`BASE64 ENCODE`, `BASE64 DECODE`), digests (`Generate
//! digest`) and password hashes (`Generate password hash`, `Verify password
//! hash`). Texts are taken as their UTF-8 bytes, as the pages say.
//!
//! The BLOB forms take real BLOB values, which another part of fourd brings:
//! until then a BLOB argument is error -30012, named.

use super::outputs::store_arg;
use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value};
use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// `MD5 digest` … `SHA512 digest` (the *Digest Type* constants).
const MD5: i64 = 0;
const SHA1: i64 = 1;
const FOUR_D: i64 = 2;
const SHA256: i64 = 3;
const SHA512: i64 = 4;

/// bcrypt's default cost (generate-password-hash.md).
const DEFAULT_COST: i64 = 10;
/// The highest cost fourd runs: each step doubles the time, and cost 31 takes
/// days, which no run may hang for *(fourd's choice; 4D accepts up to 31)*.
const MAX_COST: i64 = 16;

/// Errors of the password-hash commands (generate-password-hash.md).
const UNSUPPORTED_ALGORITHM: i32 = 850;
const CONSISTENCY: i32 = 851;
const BAD_COST: i32 = 852;

/// Standard Base64, padded; reading accepts missing padding.
const STANDARD: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);
/// Base64URL (RFC 4648 §5), written without padding; reading accepts both.
const URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

fn engine(url: bool) -> &'static GeneralPurpose {
    if url { &URL } else { &STANDARD }
}

/// The bytes of a Text argument; a BLOB is not there yet.
fn bytes_of<'a>(v: &'a Value, command: &str) -> Result<&'a [u8], Fail> {
    match v {
        Value::Text(t) => Ok(t.as_str().as_bytes()),
        Value::Undefined => Ok(&[]),
        Value::Blob(b) => Ok(b.as_slice()),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// Writes a command's text result: into `encoded` when it was passed, else
/// back into the first argument's variable.
fn write_back(it: &mut Interp, c: &Call, command: &str, result: String) -> Result<(), Fail> {
    if c.has(1) {
        return store_arg(it, c, 1, Value::text(result));
    }
    let node = c
        .nodes
        .first()
        .ok_or_else(|| Fail::from(Fault::arguments(command)))?;
    let place = it.place(node)?;
    it.store(&place, Value::text(result), c.span)?;
    Ok(())
}

/// `BASE64 ENCODE(toEncode{; encoded}{; *})`: Base64 of the text's UTF-8
/// bytes; `*` for Base64URL. Without `encoded`, `toEncode` itself changes.
pub fn base64_encode(it: &mut Interp, c: &mut Call) -> BResult {
    let encoded = engine(c.star).encode(bytes_of(c.value(0), "BASE64 ENCODE")?);
    write_back(it, c, "BASE64 ENCODE", encoded)?;
    Ok(Value::Undefined)
}

/// `BASE64 DECODE(toDecode{; decoded}{; *})`: the decoded bytes read as
/// UTF-8; invalid Base64 gives `""` (base64-decode.md). White space (the line
/// breaks of MIME Base64) is skipped *(fourd's choice)*.
pub fn base64_decode(it: &mut Interp, c: &mut Call) -> BResult {
    let input: Vec<u8> = bytes_of(c.value(0), "BASE64 DECODE")?
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let decoded = engine(c.star)
        .decode(&input)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    write_back(it, c, "BASE64 DECODE", decoded)?;
    Ok(Value::Undefined)
}

/// `Generate digest(param; algorithm{; *})`: the digest of the text's UTF-8
/// bytes, in lower-case hexadecimal, or Base64URL with `*`.
pub fn generate_digest(_: &mut Interp, c: &mut Call) -> BResult {
    use md5::Digest as _;
    let data = bytes_of(c.value(0), "Generate digest")?;
    let digest: Vec<u8> = match c.int(1) {
        MD5 => md5::Md5::digest(data).to_vec(),
        SHA1 => sha1::Sha1::digest(data).to_vec(),
        SHA256 => sha2::Sha256::digest(data).to_vec(),
        SHA512 => sha2::Sha512::digest(data).to_vec(),
        FOUR_D => {
            return Err(
                Fault::unavailable("Generate digest with the obsolete 4D digest (2)").into(),
            );
        }
        _ => return Err(Fault::arguments("Generate digest").into()),
    };
    Ok(Value::text(if c.star {
        URL.encode(&digest)
    } else {
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }))
}

/// `Generate password hash(password{; options})`: a bcrypt hash with a new
/// salt; options `algorithm` ("bcrypt") and `cost` (4…31, 10 by default).
pub fn generate_password_hash(_: &mut Interp, c: &mut Call) -> BResult {
    let (mut cost, mut algorithm) = (DEFAULT_COST, String::from("bcrypt"));
    if let Value::Object(o) = c.value(1) {
        let o = o.borrow();
        if let Some(v) = o.get("algorithm") {
            algorithm = crate::eval::display::to_text(v);
        }
        if let Some(v) = o.get("cost") {
            cost = match v {
                Value::Real(x) if x.fract() == 0.0 => *x as i64,
                _ => -1,
            };
        }
    }
    if algorithm != "bcrypt" {
        return Err(unsupported().into());
    }
    if !(4..=31).contains(&cost) {
        return Err(Fault::rt(
            BAD_COST,
            "Password-hash: Unavailable bcrypt cost parameter, please provide a value between 4 and 31.",
        )
        .into());
    }
    if cost > MAX_COST {
        return Err(Fault::rt(
            BAD_COST,
            format!("Password-hash: fourd runs bcrypt costs up to {MAX_COST} (cost {cost} would take too long)"),
        )
        .into());
    }
    let password = first_72_bytes(c.text(0));
    match bcrypt::hash(password, cost as u32) {
        Ok(h) => Ok(Value::text(h)),
        Err(e) => Err(Fault::rt(BAD_COST, format!("Password-hash: {e}")).into()),
    }
}

/// `Verify password hash(password; hash)`: whether the password is the
/// hash's; a hash that is not bcrypt's is error 850, a damaged one 851.
pub fn verify_password_hash(_: &mut Interp, c: &mut Call) -> BResult {
    let hash = c.text(1);
    if !hash.starts_with("$2") {
        return Err(unsupported().into());
    }
    match bcrypt::verify(first_72_bytes(c.text(0)), hash) {
        Ok(ok) => Ok(Value::Bool(ok)),
        Err(_) => Err(Fault::rt(CONSISTENCY, "Password-hash: Consistency check failure.").into()),
    }
}

fn unsupported() -> Fault {
    Fault::rt(
        UNSUPPORTED_ALGORITHM,
        "Password-hash: Unsupported algorithm.",
    )
}

/// "Only the first 72 characters are used": bcrypt reads 72 bytes at most.
fn first_72_bytes(password: &str) -> &[u8] {
    let bytes = password.as_bytes();
    &bytes[..bytes.len().min(72)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_forms() {
        assert_eq!(STANDARD.encode("4D"), "NEQ=");
        assert_eq!(URL.encode([0xfbu8, 0xff]), "-_8");
        assert_eq!(STANDARD.decode("NEQ").ok(), Some(b"4D".to_vec()));
        assert!(STANDARD.decode("N!Q=").is_err());
    }
}
