require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 424
    json message: 'Failed Dependency'
end
