# jsontext: n dicts {id, name} to JSON text and parsed back.
import json, sys


def main():
    # In a function, as real code is: locals make CPython's in-place
    # `t = t + x` possible (a module-level global copies every time).
    n = int(sys.argv[1])
    c = []
    for i in range(1, n + 1):
        c.append({"id": i, "name": "n" + str(i)})
    t = json.dumps(c, separators=(",", ":"))
    back = json.loads(t)
    print(len(t), len(back), back[n - 1]["id"])


main()
