// helper
// The legacy result $0: its value when the method ends.
$0:="first"
$0:=$0+" then more"
