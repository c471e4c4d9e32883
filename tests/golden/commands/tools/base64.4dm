// BASE64 ENCODE and BASE64 DECODE (4d/docs docs/commands/base64-encode.md,
// base64-decode.md): a text is encoded as its UTF-8 bytes; * is Base64URL.
var $encoded; $decoded : Text
BASE64 ENCODE("Hello, 4D!"; $encoded)
ALERT($encoded)  // SGVsbG8sIDREIQ==
BASE64 DECODE($encoded; $decoded)
ALERT($decoded)  // Hello, 4D!
// Without the second parameter, the variable itself changes.
$t:="é€"
BASE64 ENCODE($t)
ALERT($t)  // w6nigqw=
BASE64 DECODE($t)
ALERT($t)  // é€
// Base64URL: - and _ instead of + and /, no padding.
BASE64 ENCODE("??>"; $standard)
BASE64 ENCODE("??>"; $url; *)
ALERT($standard+" "+$url)  // Pz8+ Pz8-
BASE64 DECODE($url; $back; *)
ALERT($back)  // ??>
// Invalid Base64 decodes to an empty text.
BASE64 DECODE("@@@"; $bad)
ALERT("["+$bad+"]")  // []
