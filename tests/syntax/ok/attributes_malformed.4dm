//%attributes = {"preemptive":"capable"
SET PLUGIN ACCESS(4D Write license; "Writers")
