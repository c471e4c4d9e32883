# replace: str.replace of every "ab" by "x" in a text of n "éab".
import sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    t = ""
    for i in range(n):
        t = t + "éab"
    t = t.replace("ab", "x")
    print(len(t))


main()
