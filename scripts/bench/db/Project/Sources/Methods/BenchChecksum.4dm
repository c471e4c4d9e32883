// BenchChecksum(->ids) -> Σ (position × id) modulo 10⁹+7, as the SQLite twin computes it.
#DECLARE($ids : Pointer)->$sum : Real
var $i : Integer
For ($i; 1; Size of array($ids->))
	$sum:=BenchMod($sum+BenchMod($i*$ids->{$i}; 1000000007); 1000000007)
End for
