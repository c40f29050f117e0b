//! Bytes as text, each form written one way and read back by its inverse: lowercase hex (how
//! the Avro reader and writer pass `bytes`, and partition values in manifests), UUIDs
//! (8-4-4-4-12), and standard base64 with padding (binary and fixed values, as Java and the
//! tools show them). Readers take only the canonical form, so text → bytes → text is the
//! identity and no two texts name the same bytes.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex of either case to bytes; `None` for an odd length or a non-hex digit (a sign too).
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A UUID's text form, lowercase.
pub fn uuid(bytes: &[u8; 16]) -> String {
    let h = hex(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// A random (version 4, RFC 9562) UUID's text, from 128 random bits.
pub fn random_uuid(mut bits: [u8; 16]) -> String {
    bits[6] = (bits[6] & 0x0f) | 0x40;
    bits[8] = (bits[8] & 0x3f) | 0x80;
    uuid(&bits)
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (either case) to its 16 bytes.
pub fn parse_uuid(text: &str) -> Option<[u8; 16]> {
    let b = text.as_bytes();
    if b.len() != 36 || [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
        return None;
    }
    let digits: String = text.chars().filter(|c| *c != '-').collect();
    unhex(&digits)?.try_into().ok()
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 with padding, canonical only (what [`base64`] writes); `None` otherwise.
pub fn unbase64(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let body = text.trim_end_matches('=');
    if text.len() - body.len() > 2 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in body.bytes() {
        let sextet = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = acc << 6 | sextet;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Non-zero leftover bits would be lost: only the canonical form is accepted.
    (base64(&out) == text).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_forms() {
        assert_eq!(hex(&[0, 0xab, 0x10]), "00ab10");
        assert_eq!(unhex("00AB10"), Some(vec![0, 0xab, 0x10]));
        assert_eq!(unhex("0g"), None);
        assert_eq!(unhex("+1"), None);
        assert_eq!(unhex("abc"), None);
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(unbase64("Zh=="), None, "leftover bits");
        assert_eq!(unbase64("Zg"), None, "no padding");
        assert_eq!(unbase64("Z==="), None);
        let id = [
            0x12, 0x3e, 0x45, 0x67, 0xe8, 0x9b, 0x12, 0xd3, 0xa4, 0x56, 0x42, 0x66, 0x14, 0x17,
            0x40, 0x00,
        ];
        assert_eq!(uuid(&id), "123e4567-e89b-12d3-a456-426614174000");
        assert_eq!(parse_uuid("123E4567-E89B-12D3-A456-426614174000"), Some(id));
        assert_eq!(parse_uuid("123e4567e89b12d3a456426614174000"), None);
        assert_eq!(parse_uuid("+23e4567-e89b-12d3-a456-426614174000"), None);
        assert_eq!(
            random_uuid([0xff; 16]),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(random_uuid([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    proptest! {
        #[test]
        fn every_form_reads_back(bytes in proptest::collection::vec(any::<u8>(), 0..64), id in any::<[u8; 16]>()) {
            prop_assert_eq!(unhex(&hex(&bytes)), Some(bytes.clone()));
            prop_assert_eq!(unbase64(&base64(&bytes)), Some(bytes));
            prop_assert_eq!(parse_uuid(&uuid(&id)), Some(id));
        }
    }
}
