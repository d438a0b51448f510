<?php
/**
 * Test-only tasks run with the PHP CLI inside the temporary WordPress: `php task.php <wp-dir> <task> [json]`.
 * Prints one JSON value. Never part of the plugin.
 */

$wp_dir = $argv[1];
$task   = $argv[2];
$args   = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();

$_SERVER['HTTP_HOST']   = parse_url( $args['url'] ?? 'http://127.0.0.1', PHP_URL_HOST );
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $task ) {
	define( 'WP_INSTALLING', true );
}
require $wp_dir . '/wp-load.php';

switch ( $task ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Calm Hands Therapy', 'admin', 'admin@example.com', false, '', $args['password'] );
		update_option( 'siteurl', $args['url'] );
		update_option( 'home', $args['url'] );
		update_option( 'show_avatars', 0 ); // No Gravatar requests from the admin bar.
		update_option( 'permalink_structure', '' );
		wp_insert_user(
			array(
				'user_login' => 'contributor',
				'user_pass'  => $args['password'],
				'user_email' => 'contributor@example.com',
				'role'       => 'contributor',
			)
		);
		// The welcome guide would cover the block editor.
		update_user_meta( 1, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		echo wp_json_encode( array( 'version' => get_bloginfo( 'version' ) ) );
		break;
	case 'option':
		echo wp_json_encode( get_option( $args['name'], null ) );
		break;
	case 'theme':
		switch_theme( $args['stylesheet'] );
		echo wp_json_encode( get_stylesheet() );
		break;
	case 'user-locale':
		update_user_meta( 1, 'locale', $args['locale'] );
		echo wp_json_encode( get_user_locale( 1 ) );
		break;
	case 'site-locale':
		// WordPress keeps only an installed site language: a catalogue holding just its header stands in for the language pack.
		if ( $args['locale'] ) {
			$header = 'Language: ' . $args['locale'] . "\n";
			wp_mkdir_p( WP_LANG_DIR );
			file_put_contents(
				WP_LANG_DIR . '/' . $args['locale'] . '.mo',
				pack( 'V7', 0x950412de, 0, 1, 28, 36, 0, 44 ) . pack( 'V4', 0, 44, strlen( $header ), 45 ) . "\0" . $header . "\0"
			);
		}
		update_option( 'WPLANG', $args['locale'] );
		echo wp_json_encode( get_option( 'WPLANG' ) );
		break;
	case 'plugin-files':
		echo wp_json_encode( file_exists( WP_PLUGIN_DIR . '/ser-widgets/ser-widgets.php' ) );
		break;
}
