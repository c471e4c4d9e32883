# chars: t[i] over a text of n "é".
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    t = ""
    for i in range(n):
        t = t + "é"
    count = 0
    for i in range(n):
        if t[i] == "é":
            count += 1
    print(count)


main()
