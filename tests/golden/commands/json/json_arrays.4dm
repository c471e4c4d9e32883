// JSON Stringify array and JSON PARSE ARRAY (4d/docs
// docs/commands/json-stringify-array.md, json-parse-array.md).
// Example 1: a text array.
var $jsonString : Text
ARRAY TEXT($ArrayFirstname; 2)
$ArrayFirstname{1}:="John"
$ArrayFirstname{2}:="Jim"
$jsonString:=JSON Stringify array($ArrayFirstname)
ALERT($jsonString)  // ["John","Jim"]
// Example 2: texts that hold numbers stay texts.
ARRAY TEXT($phoneNumbers; 0)
APPEND TO ARRAY($phoneNumbers; "555-0100")
APPEND TO ARRAY($phoneNumbers; "555-0120")
ALERT(JSON Stringify array($phoneNumbers))  // ["555-0100","555-0120"]
// Example 3: an object array, compact and pretty.
var $ref_john; $ref_jim : Object
ARRAY OBJECT($myArray; 0)
OB SET($ref_john; "name"; "John"; "age"; 35)
OB SET($ref_jim; "name"; "Jim"; "age"; 40)
APPEND TO ARRAY($myArray; $ref_john)
APPEND TO ARRAY($myArray; $ref_jim)
ALERT(JSON Stringify array($myArray))  // [{"name":"John","age":35},{"name":"Jim","age":40}]
ALERT(JSON Stringify array($myArray; *))
// Reals, Booleans, and a scalar between [ ].
ARRAY REAL($r; 2)
$r{1}:=1.5
$r{2}:=-2
ARRAY BOOLEAN($b; 1)
$b{1}:=True
ALERT(JSON Stringify array($r)+" "+JSON Stringify array($b)+" "+JSON Stringify array("solo"))  // [1.5,-2] [true] ["solo"]
// JSON PARSE ARRAY: back into arrays of their type.
ARRAY OBJECT($sel2; 0)
JSON PARSE ARRAY(JSON Stringify array($myArray); $sel2)
ALERT(String(Size of array($sel2))+" "+$sel2{2}.name+" "+String($sel2{2}.age))  // 2 Jim 40
ARRAY LONGINT($numbers; 0)
JSON PARSE ARRAY("[3, 1.4, 2]"; $numbers)
ALERT(String(Size of array($numbers))+" "+String($numbers{1})+" "+String($numbers{2}))  // 3 3 1
ARRAY TEXT($texts; 0)
JSON PARSE ARRAY("[\"a\", 2, true]"; $texts)
ALERT(JSON Stringify array($texts))  // ["a","2","true"]
