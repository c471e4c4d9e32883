If (True)
	Begin SQL
		SELECT name FROM people
		WHERE id = :$id
		INTO :$name;
	End SQL  // a comment after End SQL
End if
begin sql
select 1;
end sql
