// GET TEXT KEYWORDS (4d/docs docs/commands/get-text-keywords.md).
// The page's text: "10,000" + "Jean" + "Pierre" + "BC45".
GET TEXT KEYWORDS("10,000 Jean-Pierre BC45"; arrWords)
ALERT(String(Size of array(arrWords))+" "+JSON Stringify array(arrWords))  // 4 ["10,000","Jean","Pierre","BC45"]
// Example 3: all the words, then the different ones (*).
$vText:="the cat and the hat and The end"
GET TEXT KEYWORDS($vText; arrWords)
$n:=Size of array(arrWords)
GET TEXT KEYWORDS($vText; arrWords; *)
$m:=Size of array(arrWords)
ALERT("This text contains "+String($n)+" separate words among "+String($m))  // This text contains 8 separate words among 5
// Styled text: the style tags are not words.
GET TEXT KEYWORDS("<span style=\"font-weight:bold\">Bold</span> text"; arrWords)
ALERT(JSON Stringify array(arrWords))  // ["Bold","text"]
