// QUERY's argument grammar: { conjunction ; } field comparator value {; *}
// (4d/docs docs/commands/query.md, "Specifying the Query Argument"), examples 4, 6, 13, 21;
// real code also glues the conjunction to its argument without the `;`.
QUERY([People:1];[People:1]Name="a@";*)
QUERY([People:1];|;[People:1]Name="b@")
QUERY([People:1]; & ;[People:1]First Name="john")
QUERY([Products:2];[Products:2]Description%"easy")
QUERY([Invoice:3];[Invoice:3]Amount;$oper;$amount)
QUERY([People:1]; & [People]Name<="m";*)
QUERY([People:1]; | [People]Name>=<>limit)
QUERY([People:1]; # [People]Name="x")
QUERY SELECTION([People:1]; &[People]Name="x";*)
QUERY SELECTION([People:1]; |[People]Name="y")
