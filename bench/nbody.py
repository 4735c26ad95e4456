# nbody.py: a class-heavy particle simulation (objects, attributes, methods).
# Measures: instance creation, attribute loads and stores, method calls, float arithmetic (only + - * /, which
# IEEE 754 rounds the same everywhere, so both interpreters print the same energy).

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def kinetic(self):
        return 0.5 * self.mass * self.vel.norm2()


class World:
    def __init__(self, n):
        self.bodies = []
        x = 1
        for i in range(n):
            x = (x * 48271) % 2147483647
            px = (x % 1000) / 10.0
            x = (x * 48271) % 2147483647
            py = (x % 1000) / 10.0
            self.bodies.append(Body(Vec(px, py), Vec(0.0, 0.0), 1.0 + i % 3))

    def step(self, dt):
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            bi = bodies[i]
            acc = Vec(0.0, 0.0)
            for j in range(n):
                if i != j:
                    bj = bodies[j]
                    d = Vec(bj.pos.x - bi.pos.x, bj.pos.y - bi.pos.y)
                    r2 = d.norm2() + 0.01
                    acc = acc.add(d.scale(bj.mass / (r2 * (r2 + 1.0))))
            bi.vel = bi.vel.add(acc.scale(dt))
        for b in bodies:
            b.pos = b.pos.add(b.vel.scale(dt))

    def energy(self):
        e = 0.0
        for b in self.bodies:
            e += b.kinetic()
        return e


w = World(40)
for _ in range(1000):
    w.step(0.001)
print("nbody energy", round(w.energy(), 6))
