// One pass over the steps with a stack of completed compensatable steps. Each action has its own
// count of attempts that will still fail. Before the pivot a failure pops the stack, retrying each
// compensation until it succeeds; after the pivot (retriable steps) a failure is simply retried.
class Solution {
public:
    vector<string> runSaga(vector<Step>& steps, unordered_map<string, int>& failures) {
        unordered_map<string, int> left = failures;  // action -> attempts that will still fail
        auto attempt = [&](const string& action) {
            auto it = left.find(action);
            if (it == left.end() || it->second == 0) return true;
            --it->second;
            return false;
        };
        vector<string> log;
        vector<string> done;  // completed compensatable steps, oldest first
        for (const Step& step : steps) {
            if (step.kind == "retriable") {
                while (!attempt(step.name)) log.push_back("do " + step.name + " failed");
                log.push_back("do " + step.name);
                continue;
            }
            if (!attempt(step.name)) {
                log.push_back("do " + step.name + " failed");
                for (auto it = done.rbegin(); it != done.rend(); ++it) {
                    const string undo = "undo " + *it;
                    while (!attempt(undo)) log.push_back(undo + " failed");
                    log.push_back(undo);
                }
                log.push_back("compensated");
                return log;
            }
            log.push_back("do " + step.name);
            if (step.kind == "compensatable") done.push_back(step.name);
        }
        log.push_back("committed");
        return log;
    }
};
