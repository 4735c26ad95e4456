# Combined: matrix operations with nested lists: multiply, transpose, identity, power, determinant.
def make(rows, cols, fill):
    m = []
    for r in range(rows):
        m.append([fill] * cols)
    return m

def identity(n):
    m = make(n, n, 0)
    for i in range(n):
        m[i][i] = 1
    return m

def multiply(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = make(rows, cols, 0)
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out

def transpose(m):
    out = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        out.append(row)
    return out

def mat_pow(m, n):
    result = identity(len(m))
    while n > 0:
        if n % 2 == 1:
            result = multiply(result, m)
        m = multiply(m, m)
        n //= 2
    return result

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = []
        for r in range(1, len(m)):
            minor.append(m[r][:c] + m[r][c + 1:])
        sign = 1 if c % 2 == 0 else -1
        total += sign * m[0][c] * det(minor)
    return total

def show(name, m):
    print(name)
    for row in m:
        line = ''
        for v in row:
            line += str(v).rjust(6)
        print(line)

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show('A', a)
show('B', b)
show('A*B', multiply(a, b))
show('B*A', multiply(b, a))
show('A^T', transpose(a))
show('I3', identity(3))
fib = mat_pow([[1, 1], [1, 0]], 90)
print('fib(90) =', fib[0][1])
print('det', det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]), det(identity(4)))
print(multiply([[0.5, 0.25]], [[2], [4]]))
