# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class Wallet:
    def __init__(self, owner):
        self.owner = owner
        self.points = 0
        self.log = []
        self.lifetime = 0

    def earn(self, points, reason):
        if type(points) != int:
            raise TypeError("points must be int")
        if points <= 0:
            raise ValueError("points must be positive")
        if self.tier() == "gold":
            points = points * 2
        elif self.tier() == "silver":
            points = points + points // 2
        self.points = self.points + points
        self.lifetime = self.lifetime + points
        self.log.append(("earn", points, reason, self.points))
        return points

    def spend(self, points, reason):
        if type(points) != int:
            raise TypeError("points must be int")
        if points <= 0:
            raise ValueError("points must be positive")
        if points > self.points:
            raise ValueError("not enough points")
        self.points = self.points - points
        self.log.append(("spend", points, reason, self.points))
        return self.points

    def tier(self):
        if self.lifetime >= 5000:
            return "gold"
        else:
            if self.lifetime >= 1000:
                return "silver"
            else:
                return "bronze"

    def history(self, kind=None):
        out = []
        for i in range(len(self.log)):
            if kind == None or self.log[i][0] == kind:
                out.append(self.log[i])
        return out

    def total(self, kind):
        t = 0
        for i in range(len(self.log)):
            if self.log[i][0] == kind:
                t = t + self.log[i][1]
        return t
