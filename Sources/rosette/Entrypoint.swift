import RosetteCLI

@main struct Entrypoint {
    static func main() async { await ExitStatus.run() }
}
