# concat: t = t + "{\"id\":" + str(i) + "}", n times.
import sys
n = int(sys.argv[1])
t = ""
for i in range(1, n + 1):
    t = t + "{\"id\":" + str(i) + "}"
print(len(t))
