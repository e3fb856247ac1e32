# Recomputes both maxima for every position: O(n^2).
def trappedWater(heights):
    water = 0
    for i in range(len(heights)):
        level = min(max(heights[:i + 1]), max(heights[i:]))
        water += level - heights[i]
    return water
