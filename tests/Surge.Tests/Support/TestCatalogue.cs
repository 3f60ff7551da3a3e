using Surge.Catalogue;

namespace Surge.Tests.Support;

/// <summary>A small catalogue for tests that does not depend on the shipped data file.</summary>
public static class TestCatalogue
{
    /// <summary>The catalogue text: barbell and dumbbell variants, machines, one-sided and two-sided exercises.</summary>
    public const string Yaml = """
        exercises:
          - name: back squat
            equipment: barbell
            primary: [quadriceps, glutes]
            secondary: [adductors, hamstrings, lower_back]
            activation: {quadriceps: 0.9, glutes: 0.7, adductors: 0.5, hamstrings: 0.2, lower_back: 0.35}
            unilateral: false
            load_per_hand: false
            body_mass_share: 0.8
            one_rm_ratio: 1.5
            aliases: [Squat (Barbell), barbell squat]
          - name: leg press
            equipment: machine
            primary: [quadriceps, glutes]
            secondary: [adductors]
            activation: {quadriceps: 0.85, glutes: 0.5, adductors: 0.4}
            unilateral: true
            load_per_hand: false
            body_mass_share: 0.0
            one_rm_ratio: 3.0
            aliases: []
          - name: leg extension
            equipment: machine
            primary: [quadriceps]
            secondary: []
            activation: {quadriceps: 0.85}
            unilateral: true
            load_per_hand: false
            body_mass_share: 0.0
            one_rm_ratio: 1.0
            aliases: [Leg Extension (Machine)]
          - name: bench press
            equipment: barbell
            primary: [chest, triceps]
            secondary: [shoulders]
            activation: {chest: 0.85, triceps: 0.6, shoulders: 0.4}
            unilateral: false
            load_per_hand: false
            body_mass_share: 0.0
            one_rm_ratio: 1.2
            aliases: [Bench Press (Barbell)]
          - name: dumbbell bench press
            equipment: dumbbell
            primary: [chest, triceps]
            secondary: [shoulders]
            activation: {chest: 0.85, triceps: 0.5, shoulders: 0.45}
            unilateral: false
            load_per_hand: true
            body_mass_share: 0.0
            one_rm_ratio: 0.45
            aliases: []
          - name: barbell curl
            equipment: barbell
            primary: [elbow_flexors]
            secondary: [forearms]
            activation: {elbow_flexors: 0.85, forearms: 0.3}
            unilateral: false
            load_per_hand: false
            body_mass_share: 0.0
            one_rm_ratio: 0.5
            aliases: [Bicep Curl (Barbell), biceps curl]
          - name: dumbbell curl
            equipment: dumbbell
            primary: [elbow_flexors]
            secondary: [forearms]
            activation: {elbow_flexors: 0.85, forearms: 0.3}
            unilateral: true
            load_per_hand: true
            body_mass_share: 0.0
            one_rm_ratio: 0.22
            aliases: [Bicep Curl (Dumbbell)]
          - name: triceps pushdown
            equipment: cable
            primary: [triceps]
            secondary: []
            activation: {triceps: 0.8}
            unilateral: true
            load_per_hand: false
            body_mass_share: 0.0
            one_rm_ratio: 0.4
            aliases: [Triceps Pushdown (Cable - Straight Bar)]
          - name: pull up
            equipment: bodyweight
            primary: [lats, elbow_flexors]
            secondary: [upper_back]
            activation: {lats: 0.85, elbow_flexors: 0.6, upper_back: 0.5}
            unilateral: false
            load_per_hand: false
            body_mass_share: 0.95
            one_rm_ratio: 0.4
            aliases: [Pull-Up, chin-up]
        """;

    /// <summary>The parsed test catalogue.</summary>
    public static ExerciseCatalogue Instance { get; } = ExerciseCatalogue.Parse(Yaml, "test-catalogue.yaml");
}
