# append: t = t + "ab", n times.
import sys
n = int(sys.argv[1])
t = ""
for i in range(n):
    t = t + "ab"
print(len(t))
