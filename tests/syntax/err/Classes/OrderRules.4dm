Function f()
	#DECLARE($x : Text)
property late : Text
Class extends Late
Class constructor
Class constructor($again)
Alias late path
