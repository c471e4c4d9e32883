// OB GET PROPERTY NAMES, OB SET NULL (4d/docs
// docs/commands-legacy/ob-get-property-names.md, ob-set-null.md) and GET
// LAST ERROR STACK (get-last-error-stack.md).
// OB GET PROPERTY NAMES, Example 1.
ARRAY TEXT(arrNames; 0)
ARRAY LONGINT(arrTypes; 0)
var $ref_richard : Object
OB SET($ref_richard; "name"; "Richard"; "age"; 7)
OB GET PROPERTY NAMES($ref_richard; arrNames; arrTypes)
ALERT(arrNames{1}+" "+arrNames{2}+" "+String(arrTypes{1})+" "+String(arrTypes{2}))  // name age 2 1
// Example 2: object array elements, a Boolean and a null property.
var $ref_susan; $ref_james : Object
ARRAY OBJECT($arrayChildren; 0)
APPEND TO ARRAY($arrayChildren; $ref_richard)
OB SET($ref_susan; "name"; "Susan"; "age"; 4; "girl"; True)
APPEND TO ARRAY($arrayChildren; $ref_susan)
OB SET($ref_james; "name"; "James")
OB SET NULL($ref_james; "age")
APPEND TO ARRAY($arrayChildren; $ref_james)
OB GET PROPERTY NAMES($arrayChildren{2}; $arrNames; $arrTypes)
ALERT(String(Size of array($arrNames))+" "+$arrNames{3}+" "+String($arrTypes{3}))  // 3 girl 6
OB GET PROPERTY NAMES($arrayChildren{3}; $arrNames; $arrTypes)
ALERT($arrNames{2}+" "+String($arrTypes{2})+" "+JSON Stringify($ref_james))  // age 255 {"name":"James","age":null}
// A collection property is Is collection.
OB GET PROPERTY NAMES(New object("list"; New collection(1)); $arrNames; $arrTypes)
ALERT(String($arrTypes{1}))  // 42
// GET LAST ERROR STACK, from an error-handling method.
ON ERR CALL("Show_Stack")
ASSERT(False; "checked")
ON ERR CALL("")
