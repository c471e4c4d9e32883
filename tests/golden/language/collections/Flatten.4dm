// helper
// The docs' Flatten method for .reduce()/.reduceRight() (CollectionClass.md).
If ($1.accumulator=Null)
	$1.accumulator:=New collection
End if
$1.accumulator.combine($1.value)
