// Generate digest (4d/docs docs/commands/generate-digest.md), Example 2 and the
// empty-text note; SHA-256 and SHA-512 of the same sentence; * for Base64URL.
$key1:=Generate digest("The quick brown fox jumps over the lazy dog."; MD5 digest)
ALERT($key1)  // e4d909c290d0fb1ca068ffaddf22cbd0
$key2:=Generate digest("The quick brown fox jumps over the lazy dog."; SHA1 digest)
ALERT($key2)  // 408d94384216f890ff7a0c3528e8bed1e0b01621
ALERT(Generate digest(""; MD5 digest))  // d41d8cd98f00b204e9800998ecf8427e
ALERT(Generate digest("abc"; SHA256 digest))  // ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
ALERT(String(Length(Generate digest("abc"; SHA512 digest)))+" "+Substring(Generate digest("abc"; SHA512 digest); 1; 16))  // 128 ddaf35a193617aba
ALERT(Generate digest("abc"; SHA256 digest; *))  // ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0
