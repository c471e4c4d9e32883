# split: str.split of a text of n comma-separated words.
import sys
n = int(sys.argv[1])
t = ""
for i in range(1, n + 1):
    t = t + "mot" + str(i % 10) + ","
print(len(t.split(",")))
