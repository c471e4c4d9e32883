# replace: str.replace of every "ab" by "x" in a text of n "éab".
import sys
n = int(sys.argv[1])
t = ""
for i in range(n):
    t = t + "éab"
t = t.replace("ab", "x")
print(len(t))
