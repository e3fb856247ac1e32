// Turn each link around while walking the chain once. O(n) time, O(1) space.
class Solution {
public:
    ChainNode* reverseChain(ChainNode* head) {
        ChainNode* prev = nullptr;
        while (head) {
            ChainNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
};
