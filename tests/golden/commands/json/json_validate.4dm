// JSON Validate (4d/docs docs/commands/json-validate.md): 4D's codes and
// messages of the page's table, draft 4 by default, 2020-12 by $schema.
var $schema; $result : Object
$schema:=JSON Parse("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":2},\"age\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":150},\"email\":{\"type\":\"string\",\"format\":\"email\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true}},\"required\":[\"name\",\"age\"],\"additionalProperties\":false}")
$result:=JSON Validate(JSON Parse("{\"name\":\"Ann\",\"age\":33,\"tags\":[\"a\",\"b\"]}"); $schema)
ALERT(JSON Stringify($result))  // {"success":true}
// The page's example: the number of errors and each message.
$result:=JSON Validate(JSON Parse("{\"name\":\"A\",\"age\":200.5,\"email\":\"nope\",\"tags\":[\"a\",\"a\"],\"x\":1}"); $schema)
If ($result.success)
	ALERT("valid")
Else
	var $vLNbErr : Integer
	$vLNbErr:=$result.errors.length
	ALERT(String($vLNbErr)+" validation error(s) found.")
	For ($i; 0; $vLNbErr-1)
		ALERT(String($result.errors[$i].code)+" "+$result.errors[$i].jsonPath+" "+$result.errors[$i].message)
	End for
End if
// required, enum, const, type as a list, not, oneOf, anyOf.
$result:=JSON Validate(New object; New object("required"; New collection("id")))
ALERT($result.errors[0].message)  // The required property "id" is missing.
$result:=JSON Validate(New object("c"; "blue"); JSON Parse("{\"properties\":{\"c\":{\"enum\":[\"red\",\"green\"]}}}"))
ALERT($result.errors[0].message)  // Error while validating against 'enum' key. "blue" does not match any enum element in the schema.
$result:=JSON Validate(New collection(1; "x"); JSON Parse("{\"items\":{\"type\":[\"number\",\"null\"]}}"))
ALERT(String($result.errors[0].code)+" "+$result.errors[0].jsonPath+" "+$result.errors[0].message)  // 20 $[1] Incorrect type. Expected type is: number, null
$result:=JSON Validate(New object("n"; 5); JSON Parse("{\"properties\":{\"n\":{\"oneOf\":[{\"minimum\":1},{\"maximum\":10}]}}}"))
ALERT(String($result.errors[0].code)+" "+$result.errors[0].message)  // 21 The JSON matches more than one value.
$result:=JSON Validate(New object("n"; 5); JSON Parse("{\"properties\":{\"n\":{\"not\":{\"type\":\"number\"}}}}"))
ALERT(String($result.errors[0].code))  // 23
// Draft 4's exclusiveMaximum is a flag; 2020-12's is the bound itself.
$result:=JSON Validate(10; JSON Parse("{\"maximum\":10,\"exclusiveMaximum\":true}"))
ALERT(String($result.errors[0].code)+" "+$result.errors[0].message)  // 4 The value provided should be less than specified in the schema ("10").
$result:=JSON Validate(10; JSON Parse("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"exclusiveMaximum\":10}"))
ALERT(String($result.errors[0].code))  // 4
// 2020-12: prefixItems, contains with minContains, $defs and $ref, if/then.
$s2020:=JSON Parse("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$defs\":{\"pos\":{\"type\":\"number\",\"minimum\":0}},\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"}],\"items\":{\"$ref\":\"#/$defs/pos\"},\"contains\":{\"const\":7},\"minContains\":2}")
$result:=JSON Validate(JSON Parse("[\"a\",7,7,3]"); $s2020)
ALERT(String($result.success))  // True
$result:=JSON Validate(JSON Parse("[\"a\",7,-1]"); $s2020)
ALERT(JSON Stringify($result.errors.map(Formula(String($1.value.code)+"@"+$1.value.jsonPath))))  // ["5@$[2]","30@$"]
$result:=JSON Validate(New object("a"; 1); JSON Parse("{\"properties\":{\"a\":{\"$ref\":\"#/definitions/missing\"}}}"))
ALERT(String($result.errors[0].code)+" "+$result.errors[0].message)  // 37 Reference could not be resolved.
// A recursive schema checks a deep value; a $ref that only names itself is circular (38).
$tree:=JSON Parse("{\"type\":\"object\",\"properties\":{\"child\":{\"$ref\":\"#\"}}}")
$o:=New object
$cur:=$o
For ($i; 1; 300)
	$cur.child:=New object
	$cur:=$cur.child
End for
ALERT(String(JSON Validate($o; $tree).success))  // True
$cur.child:=1
ALERT(String(JSON Validate($o; $tree).errors[0].code))  // 20
ALERT(String(JSON Validate(1; JSON Parse("{\"$ref\":\"#\"}")).errors[0].code))  // 38
